# A set updated with itself, and a dict made from a list doubled 64 times.
# bound: 60 s, 1536 MB
# exit: 1
# expect: fix step\.y should be Out
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    s = {1, 2}
    items = [1, 2]
    for i in range(64):
        s.update(s)
        items = items + items
        d = dict(enumerate(items)) | {"x": 1}
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
