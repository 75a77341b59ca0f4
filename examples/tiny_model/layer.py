"""Toy multi-rank layer: an L3 host driver fans the attention entry out to ranks."""
import pypto.language as pl
import pypto.language.distributed as pld

from attention import BLOCK, CACHE_BLOCKS, HIDDEN, TOKENS
from attention import build_tensor_specs as build_attention_specs

RANKS = 2


@pl.jit
def layer(
    x: pl.Tensor[[TOKENS, HIDDEN], pl.BF16],
    kv_cache: pl.Tensor[[CACHE_BLOCKS, BLOCK, HIDDEN], pl.BF16],
    y: pl.Tensor[[TOKENS, HIDDEN], pl.BF16],
    rank: pl.Scalar[pl.INT32],
):
    y = pl.add(x, pl.read_cache(kv_cache, rank))
    return y


@pl.jit.host
def l3_layer(
    x: pl.Tensor[[RANKS, TOKENS, HIDDEN], pl.BF16],
    kv_cache: pl.Tensor[[RANKS, CACHE_BLOCKS, BLOCK, HIDDEN], pl.BF16],
    y: pl.Tensor[[RANKS, TOKENS, HIDDEN], pl.BF16],
):
    for r in pl.range(pld.world_size()):
        layer(x[r], kv_cache[r], y[r], r, device=r)


def build_tensor_specs():
    import torch
    from golden import TensorSpec

    # reuse the single-rank attention specs, stacked over ranks
    by_name = {s.name: s for s in build_attention_specs() if isinstance(s, TensorSpec)}
    stacked = [
        TensorSpec(name, [RANKS, *by_name[name].shape], by_name[name].dtype,
                   init_value=torch.randn, is_output=by_name[name].is_output)
        for name in ("x", "kv_cache")
    ]
    stacked.append(TensorSpec("y", [RANKS, TOKENS, HIDDEN], torch.bfloat16, is_output=True))
    return stacked


if __name__ == "__main__":
    from golden import run_jit

    host_fn = l3_layer
    run_jit(fn=host_fn, specs=build_tensor_specs())
