# A value with ten thousand candidate values, merged branch by branch (each merge was quadratic).
# bound: 60 s, 1536 MB
# exit: 1
# expect: fix step\.y should be Out
import sys
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    x = 0
    for i in range(10000):
        if len(sys.argv) > 3:
            x = i
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
