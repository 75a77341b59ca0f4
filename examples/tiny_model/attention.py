"""Toy single-layer attention: one L2 entry, one inline kernel, a golden test.

Written for the pypto-direction examples; the shapes are tiny on purpose.
"""
import pypto.language as pl

TOKENS = 16
HIDDEN = 64
CACHE_BLOCKS = 8
BLOCK = 16


@pl.jit.inline
def rms_norm(x: pl.Tensor[[TOKENS, HIDDEN], pl.FP32], out: pl.Out[pl.Tensor[[TOKENS, HIDDEN], pl.FP32]]):
    # inline kernels are spliced into their caller: never edited
    out = pl.mul(x, pl.rsqrt(pl.mean(pl.mul(x, x))))
    return out


@pl.jit
def attention(
    x: pl.Tensor[[TOKENS, HIDDEN], pl.BF16],
    wq: pl.Tensor[[HIDDEN, HIDDEN], pl.BF16],
    # the cache is read, updated in place and compared by the golden test
    kv_cache: pl.Tensor[
        [CACHE_BLOCKS, BLOCK, HIDDEN],
        pl.BF16,
    ],
    out: pl.Tensor[[TOKENS, HIDDEN], pl.BF16],
    num_tokens: pl.Scalar[pl.INT32],
):
    q = pl.matmul(x, wq)
    pl.write_cache(kv_cache, q, num_tokens)
    out = pl.assemble(out, q, [0, 0])
    return out


def build_tensor_specs(num_tokens=TOKENS):
    import torch
    from golden import ScalarSpec, TensorSpec

    def random_cache():
        return torch.randn(CACHE_BLOCKS, BLOCK, HIDDEN).to(torch.bfloat16)

    shapes = [
        ("x", [TOKENS, HIDDEN]),
        ("wq", [HIDDEN, HIDDEN]),
        ("kv_cache", [CACHE_BLOCKS, BLOCK, HIDDEN]),
    ]
    specs = [
        TensorSpec(
            name,
            shape,
            torch.bfloat16,
            init_value=random_cache if name == "kv_cache" else torch.randn,
            is_output=name == "kv_cache",
        )
        for name, shape in shapes
    ]
    specs.append(TensorSpec("out", [TOKENS, HIDDEN], torch.bfloat16, is_output=True))
    specs.append(ScalarSpec("num_tokens", torch.int32, num_tokens))
    return specs


def golden_attention(tensors):
    tensors["out"][:] = tensors["x"] @ tensors["wq"]


if __name__ == "__main__":
    from golden import run_jit

    run_jit(fn=attention, specs=build_tensor_specs(), golden_fn=golden_attention)
