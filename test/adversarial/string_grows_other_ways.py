# The f-string, join and replace spellings of doubling a string.
# bound: 60 s, 1536 MB
# exit: 1
# expect: fix step\.y should be Out
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    a = "ab"
    b = "ab"
    c = "ab"
    for _ in range(64):
        a = f"{a}{a}"
        b = b.join([b, b])
        c = c.replace("a", "aa").replace("b", "bb")
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
