# A 90 000-entry dict built at import time (each insertion searched every key before: minutes).
# bound: 60 s, 1536 MB
# exit: 1
# expect: fix step\.y should be Out
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


TABLE = {i * 1000 + j: 0 for i in range(300) for j in range(300)}


def build_tensor_specs():
    table = dict(TABLE)
    table[1] = 1
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=table[299299] == 0 and table[1] == 1)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
