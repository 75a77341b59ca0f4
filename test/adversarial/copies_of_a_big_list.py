# Ten thousand copies of a 50 000-item list: each step is cheap, what they build is not.
# bound: 60 s, 1536 MB
# exit: 1
# expect: :19:9: unlinked-harness .*value too large: over 20000000 items built or scanned in one evaluation
# expect: unresolved step\.x left as In: its harness call could not be evaluated \(value too large
# expect: unresolved step\.y left as In: its harness call could not be evaluated \(value too large
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    big = list(range(10000)) + list(range(10000)) + list(range(10000)) + list(range(10000)) + list(range(10000))
    for _ in range(10000):
        t = big + big
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
