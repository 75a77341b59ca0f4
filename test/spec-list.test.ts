import * as path from 'path';
import { main } from '../src/cli/main';
import { io, tree } from './helpers/cli';
import { GOLDEN_INIT, GOLDEN_RUNNER, SPEC_ERA_SPEC } from './helpers/golden';

/** An L2 entry whose specs are named after a variant, in param order, and whose `cache` spec is not an output. */
const PROBE = `import torch
import pypto.language as pl
from golden import TensorSpec, run_jit

N = 16


@pl.jit
def probe(src: pl.Tensor[[N], pl.FP32], cache: pl.Out[pl.Tensor[[N], pl.FP32]], dst: pl.Tensor[[N], pl.FP32]):
    return dst


if __name__ == "__main__":
    run_jit(fn=probe, specs=[
        TensorSpec("v2_src", [N], torch.float32, init_value=torch.randn),
        TensorSpec("v2_cache", [N], torch.float32, init_value=torch.zeros),
        TensorSpec("v2_dst", [N], torch.float32, is_output=True),
    ])
`;

/** A runner reading the compiled params and raising for a reason that is no ABI part (as pypto-lib HEAD's L3 helpers do). */
const RUNNER_COLLIDE = `def _names(compiled):
    infos, _, _ = compiled._get_metadata()
    names = [i.name.split("__ssa_")[0] for i in infos]
    if len(set(names)) != len(names):
        raise ValueError("compiled parameters collide after stripping SSA suffixes")
    return names


def run_jit(fn=None, specs=None, golden_fn=None, **kw):
    compiled = fn.compile()
    _names(compiled)
`;

/** A runner with pypto-lib's runtime ABI check (#1019): names, order, kind, shape, dtype and direction, all fatal. */
const RUNNER_ABI = `def _check(compiled, specs):
    infos, _, _ = compiled._get_metadata()
    if [i.name for i in infos] != [s.name for s in specs]:
        raise ValueError(f"parameter order or names differ: specs absent from artifact")
    for s, i in zip(specs, infos):
        if s.shape != i.shape or s.dtype != i.dtype or s.is_output != (i.direction != "In"):
            raise ValueError(f"{s.name}: shape, dtype, scalar kind or direction differ")


def run_jit(fn=None, specs=None, golden_fn=None, **kw):
    compiled = fn.compile()
    _check(compiled, specs)
`;

function golden(runner: string): Record<string, string> {
  return { 'golden/__init__.py': GOLDEN_INIT, 'golden/spec.py': SPEC_ERA_SPEC, 'golden/runner.py': runner };
}

/** PROBE with every direction agreeing but `dst`'s. */
const PROBE_AGREEING = PROBE.replace('TensorSpec("v2_cache", [N], torch.float32, init_value=torch.zeros)', 'TensorSpec("v2_cache", [N], torch.float32, is_output=True)');

describe('binding as the runner binds', () => {
  test('an L2 probe whose specs are named after the variant is decided by place: one fix, no unresolved, spec-name only with -v', async () => {
    const dir = tree({ ...golden(GOLDEN_RUNNER), 'probe.py': PROBE_AGREEING });
    const t = io(dir);
    // before: "no spec named dst reaches the harness" (unresolved) for each param
    expect(await main(['check', path.join(dir, 'probe.py')], t.sink)).toBe(1);
    expect(t.out()).toMatch(/fix probe\.dst should be Out/);
    expect(t.out()).toMatch(/0 unresolved/);
    expect(t.out()).not.toMatch(/spec-name/);
    const v = io(dir);
    await main(['check', '-v', path.join(dir, 'probe.py')], v.sink);
    expect(v.out()).toMatch(/spec-name probe\.src: the spec at its place is named "v2_src" \(bound by place/);
    // fixed, it exits 0 although the names still differ: this runner does not check names, not even with --strict
    const fixed = io(dir);
    expect(await main(['fix', path.join(dir, 'probe.py')], fixed.sink)).toBe(0);
    expect(await main(['check', '--strict', path.join(dir, 'probe.py')], io(dir).sink)).toBe(0);
  });

  test('where the runner checks names, the same probe fails check: rejected after compile', async () => {
    const dir = tree({ ...golden(RUNNER_ABI), 'probe.py': PROBE });
    const t = io(dir);
    expect(await main(['check', path.join(dir, 'probe.py')], t.sink)).toBe(1);
    expect(t.out()).toMatch(/spec-name probe\.src: the spec at its place is named "v2_src" \(rejected after compile: this tree's runner checks the names/);
    expect(t.out()).toMatch(/abi-mismatch cache: direction spec=In artifact=Out \(probe; rejected after compile/);
  });
});

describe('what this tree\'s runner does, in words', () => {
  test('no ABI check: the direction mismatch says what happens on device, never that the harness rejects it; exit 0', async () => {
    const dir = tree({ ...golden(GOLDEN_RUNNER), 'probe.py': PROBE });
    const t = io(dir);
    await main(['fix', path.join(dir, 'probe.py')], io(dir).sink);
    expect(await main(['check', path.join(dir, 'probe.py')], t.sink)).toBe(0);
    expect(t.out()).toMatch(/abi-mismatch cache: direction spec=In artifact=Out \(probe; written on device, never compared with golden/);
    expect(t.out()).not.toMatch(/rejects this ABI|rejected/);
  });

  test('a runner that reads the compiled params but raises for another reason has no ABI check', async () => {
    const dir = tree({ ...golden(RUNNER_COLLIDE), 'probe.py': PROBE });
    await main(['fix', path.join(dir, 'probe.py')], io(dir).sink);
    const t = io(dir);
    expect(await main(['check', path.join(dir, 'probe.py')], t.sink)).toBe(0);
    expect(t.out()).toMatch(/written on device, never compared with golden/);
  });

  test('no runner to read: what pypto-lib\'s runner does since its ABI check, said as such; report only', async () => {
    const dir = tree({ 'probe.py': PROBE });
    await main(['fix', path.join(dir, 'probe.py')], io(dir).sink);
    const t = io(dir);
    expect(await main(['check', path.join(dir, 'probe.py')], t.sink)).toBe(0);
    expect(t.out()).toMatch(/this tree's runner cannot be read \(run_jit: runner not read .*\): pypto-lib's runner since its ABI check \(#1019\) rejects this after compile/);
  });

  test('an L3 host dispatched by name: the order is reported with the compile it causes, decided by name', async () => {
    const host = `import torch
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def leaf(a: pl.Tensor[[4, 8], pl.FP32], b: pl.Tensor[[8], pl.FP32], out: pl.Tensor[[4, 8], pl.FP32]):
    return out


@pl.jit.host
def drive(a: pl.Tensor[[2, 4, 8], pl.FP32], b: pl.Tensor[[2, 8], pl.FP32], out: pl.Tensor[[2, 4, 8], pl.FP32]):
    for r in pl.range(2):
        leaf(a[r], b[r], out[r], device=r)


if __name__ == "__main__":
    run_jit(fn=drive, specs=[
        TensorSpec("out", [2, 4, 8], torch.float32, is_output=True),
        TensorSpec("a", [2, 4, 8], torch.float32, init_value=torch.randn),
        TensorSpec("b", [2, 8], torch.float32, init_value=torch.randn),
    ])
`;
    const dir = tree({ ...golden(GOLDEN_RUNNER), 'host.py': host });
    const t = io(dir);
    expect(await main(['check', path.join(dir, 'host.py')], t.sink)).toBe(1);
    expect(t.out()).toMatch(/fix drive\.out should be Out/);
    expect(t.out()).toMatch(/spec-order specs for drive are not in param order: specs \[out, a, b\] vs params \[a, b, out\] \(compiled with the shape of another spec \(a gets spec "out", b gets spec "a", out gets spec "b"\), then dispatched by name/);
    expect(t.out()).toMatch(/0 unresolved/);
  });
});

describe('shape and dtype: said only where both sides are decided by their own text', () => {
  const entry = (ann: string, spec: string, extra = '') => `import torch
import pypto.language as pl
from golden import TensorSpec, run_jit
${extra}
ROWS = 8
DT = pl.BF16


@pl.jit
def k(x: ${ann}, y: pl.Out[pl.Tensor[[ROWS], pl.FP32]]):
    return y


if __name__ == "__main__":
    run_jit(fn=k, specs=[${spec}, TensorSpec("y", [ROWS], torch.float32, is_output=True)])
`;
  const check = async (src: string, files: Record<string, string> = {}) => {
    const dir = tree({ ...golden(GOLDEN_RUNNER), ...files, 'k.py': src });
    const t = io(dir);
    await main(['check', path.join(dir, 'k.py')], t.sink);
    return t.out();
  };

  test('a dtype through a module alias is compared; a -1 dim or a dynamic one accepts anything', async () => {
    expect(await check(entry('pl.Tensor[[ROWS, 4], DT]', 'TensorSpec("x", [ROWS, 4], torch.float32)'))).toMatch(/spec-dtype x: dtype spec=torch\.float32 param=pl\.BF16/);
    expect(await check(entry('pl.Tensor[[-1, 4], DT]', 'TensorSpec("x", [ROWS, 4], torch.bfloat16)'))).not.toMatch(/spec-shape|spec-dtype/);
    expect(await check(entry('pl.Tensor[[M, 4], DT]', 'TensorSpec("x", [ROWS, 4], torch.bfloat16)', 'M = pl.dynamic("M")'))).not.toMatch(/spec-shape/);
    expect(await check(entry('pl.Tensor[[ROWS, 4], DT]', 'TensorSpec("x", [ROWS, 4, 1], torch.bfloat16)'))).toMatch(/spec-shape x: shape spec=\[8, 4, 1\] param=\[8, 4\]/);
  });

  test('a dim imported from another module, or rebound anywhere in the module, is not trusted', async () => {
    // the importing module could have rebound dims.COLS before this import (config.X = ... ahead of `from m import Y`)
    expect(await check(entry('pl.Tensor[[ROWS, COLS], DT]', 'TensorSpec("x", [ROWS, 4], torch.bfloat16)', 'from dims import COLS'), { 'dims.py': 'COLS = 16\n' })).not.toMatch(/spec-shape/);
    expect(await check(entry('pl.Tensor[[ROWS, 4], DT]', 'TensorSpec("x", [3, 4], torch.bfloat16)', 'def main():\n    global ROWS\n    ROWS = 3\n'))).not.toMatch(/spec-shape/);
    // the same without the rebinding is said
    expect(await check(entry('pl.Tensor[[ROWS, 4], DT]', 'TensorSpec("x", [3, 4], torch.bfloat16)'))).toMatch(/spec-shape x: shape spec=\[3, 4\] param=\[8, 4\]/);
  });

  test('a long list out of order shows its misplaced stretch', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `p${i}`);
    const order = [...names.slice(0, 5), names[6], names[5], ...names.slice(7)];
    const src = `import torch
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def wide(${names.map((n) => `${n}: pl.Tensor[[4], pl.FP32]`).join(', ')}):
    return p0


if __name__ == "__main__":
    run_jit(fn=wide, specs=[${order.map((n) => `TensorSpec("${n}", [4], torch.float32)`).join(', ')}])
`;
    const out = await check(src);
    expect(out).toMatch(/spec-order specs for wide are not in param order: specs \[\.\.\., p4, p6, p5, p7, \.\.\.\] vs params \[\.\.\., p4, p5, p6, p7, \.\.\.\] \(the runner binds by place: p5 gets spec "p6", p6 gets spec "p5"/);
  });
});
