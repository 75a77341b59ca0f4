# A string doubled 64 times (the old run failed with "Invalid string length" at line 1).
# bound: 60 s, 1536 MB
# exit: 1
# expect: unresolved step\.y .*value too large: a string of 1048576 characters \(line 17\)
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    name = "y"
    for _ in range(64):
        name = name + name
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=name)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
