# A list doubled 64 times (2^64 items): the value becomes unknown, named, at its line.
# bound: 60 s, 1536 MB
# exit: 1
# expect: unresolved step\.y .*value too large: a list of 131072 items \(line 17\)
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    flags = [False, True]
    for _ in range(64):
        flags = flags + flags
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=flags[1])]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
