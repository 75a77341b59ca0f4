# A billion-item comprehension: it stops at the item bound, long before the step budget.
# bound: 60 s, 1536 MB
# exit: 1
# expect: fix step\.y should be Out
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    cube = [(i, j, k) for i in range(1000) for j in range(1000) for k in range(1000)]
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
