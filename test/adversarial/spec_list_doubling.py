# The spec list itself doubled 40 times; with --evidence final only the list counts.
# bound: 60 s, 1536 MB
# args: --evidence final
# exit: 1
# expect: unresolved step\.y .*value too large: a list of 131072 items \(line 18\)
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    specs = [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]
    for _ in range(40):
        specs = specs + specs
    return specs


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
