# A module-level table doubled at import time, read by the builder.
# bound: 60 s, 1536 MB
# exit: 1
# expect: unresolved step\.y .*value too large: a list of 131072 items \(line 16\)
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


TABLE = [False, True]
for _ in range(64):
    TABLE = TABLE + TABLE


def build_tensor_specs():
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=TABLE[1])]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
