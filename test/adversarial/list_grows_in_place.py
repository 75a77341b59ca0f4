# A list extended with itself and added to itself in place: it stops growing and is marked inexact.
# bound: 60 s, 1536 MB
# exit: 1
# expect: fix step\.y should be Out
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    a = [1]
    b = [1]
    for _ in range(64):
        a.extend(a)
        b += b
        b.append(b)
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
