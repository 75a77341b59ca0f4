"""Toy MLP written as a @pl.program class, tested with the older run() harness."""
import pypto.language as pl

ROWS = 8
COLS = 32


def build_mlp_program(rows=ROWS, cols=COLS):
    @pl.program
    class Mlp:
        @pl.function(type=pl.FunctionType.InCore)
        def tile(self, a: pl.Tensor[[rows, cols], pl.FP32], b: pl.Out[pl.Tensor[[rows, cols], pl.FP32]]):
            return pl.relu(a)

        @pl.function(type=pl.FunctionType.Orchestration)
        def mlp(
            self,
            a: pl.Tensor[[rows, cols], pl.FP32],
            acc: pl.Out[pl.Tensor[[rows, cols], pl.FP32]],  # accumulated across calls
        ) -> pl.Tensor[[rows, cols], pl.FP32]:
            acc = self.tile(a, acc)
            return acc

    return Mlp


def build_tensor_specs(rows=ROWS, cols=COLS):
    import torch
    from golden import TensorSpec

    return [
        TensorSpec("a", [rows, cols], torch.float32, init_value=torch.randn),
        TensorSpec("acc", [rows, cols], torch.float32, init_value=torch.zeros, is_output=True),
    ]


if __name__ == "__main__":
    from golden import run

    run(program=build_mlp_program(), specs=build_tensor_specs(), golden_fn=None)
