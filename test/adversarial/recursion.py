# Unbounded recursion in a builder: the call depth limit makes the result unknown.
# bound: 60 s, 1536 MB
# exit: 1
# expect: fix step\.y should be Out
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def down(n):
    return down(n + 1) + [n]


def build_tensor_specs():
    down(0)
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
