# A list nested 120 000 deep, compared with itself: the stack runs out (it was reported at line 1).
# bound: 60 s, 1536 MB
# exit: 1
# expect: :21:5: unlinked-harness .*evaluation nested too deeply
# expect: unresolved step\.x left as In: its harness call could not be evaluated \(evaluation nested too deeply
# expect: unresolved step\.y left as In: its harness call could not be evaluated \(evaluation nested too deeply
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):
    return y


def build_tensor_specs():
    a = []
    for _ in range(12):
        for _ in range(10000):
            a = [a]
    same = a == a
    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]


if __name__ == "__main__":
    run_jit(fn=step, specs=build_tensor_specs())
