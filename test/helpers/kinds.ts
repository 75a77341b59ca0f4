/**
 * A module with a finding kind of every tier (issue 20): pending (fix,
 * unresolved), agreement and loud warnings (abi-mismatch, evidence-conflict),
 * a report-only warning (inline-wrapper), suppressed params and the
 * explanations (ok, not-linked, era).
 */
export const KINDS_MODULE = `import torch
import pypto.language as pl
from golden import TensorSpec, run_jit

N = 256


@pl.jit
def accumulate(bias: pl.Tensor[[N], pl.FP16], acc: pl.Tensor[[N], pl.FP16], keep: pl.Tensor[[N], pl.FP16]):  # pypto-direction: ignore
    pl.store(pl.add(pl.load(acc, [0], [N]), pl.load(bias, [0], [N])), [0], acc)


@pl.jit
def scale(
    src: pl.Tensor[[N], pl.FP32],
    dst: pl.Tensor[
        [N],
        pl.FP32,
    ],
    hits: pl.Scalar[pl.INT32],
    old: pl.Out[pl.Tensor[[N], pl.FP32]],
):
    pl.store(pl.mul(pl.load(src, [0], [N]), 2.0), [0], dst)


@pl.jit.inline
def silu_tile(x: pl.Tensor[[N], pl.FP16], y: pl.Out[pl.Tensor[[N], pl.FP16]]):
    pl.store(pl.mul(pl.load(x, [0], [N]), 2.0), [0], y)


@pl.jit
def lonely(a: pl.Tensor[[N], pl.FP16]):
    return a


def inner():
    return [TensorSpec("w", [N], torch.float32, is_output=True)]


def build_w():
    made = inner()
    return [TensorSpec("w", [N], torch.float32, is_output=False)]


@pl.jit
def conflict(w: pl.Tensor[[N], pl.FP32]):
    return w


if __name__ == "__main__":
    run_jit(fn=accumulate, specs=[TensorSpec("bias", [N], torch.float16, init_value=torch.randn),
                                  TensorSpec("acc", [N], torch.float16, init_value=torch.ones, is_output=True),
                                  TensorSpec("keep", [N], torch.float16, is_output=True)])
    run_jit(fn=scale, specs=[TensorSpec("src", [N], torch.float32, init_value=torch.randn),
                             TensorSpec("dst", [N], torch.float32, is_output=True),
                             TensorSpec("hits", [1], torch.int32, is_output=True),
                             TensorSpec("old", [N], torch.float32, init_value=torch.randn)])
    run_jit(fn=conflict, specs=build_w())
`;

