import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCase } from './helpers/fixtures';

/** Writes one Python source to a fresh directory and analyzes it. */
async function analyzeSource(src: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-paths-'));
  const file = path.join(dir, 'case.py');
  fs.writeFileSync(file, src);
  return runCase(new Map([['case.py', file]]));
}

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name, 'input.py'), 'utf8');

describe('path-sensitive pairing', () => {
  test('an entry chosen in a branch gets no warning from the other branch', async () => {
    const { findings } = await analyzeSource(fixture('paths-branch-pairing'));
    const blend = findings.filter((f) => 'entry' in f && f.entry === 'blend_step');
    // blend_step.mix is Out and its own specs say so; blend_step.y is read only
    expect(blend.map((f) => `${f.kind} ${'param' in f ? f.param : ''}`).sort()).toEqual(['ok mix', 'ok x', 'ok y']);
  });

  test('the same choice made again on one path agrees with the first', async () => {
    const { findings } = await analyzeSource(fixture('paths-certain-across'));
    // (its list [x, x_next, index] is out of the host's param order: abi-agreement's spec-order, not a path matter)
    const sparse = findings.filter((f) => 'entry' in f && f.entry === 'host_sparse' && f.kind !== 'ok' && f.kind !== 'spec-order');
    expect(sparse.map((f) => `${f.kind} ${'param' in f ? f.param : ''}`)).toEqual(['fix x_next']);
  });

  test('disagreeing paths are named in the finding', async () => {
    const { findings } = await analyzeSource(fixture('paths-disagree'));
    const stats = findings.find((f) => f.kind === 'unresolved' && f.param === 'stats');
    expect(stats && 'detail' in stats ? stats.detail : '').toMatch(/with_stats is True.*with_stats is False/);
  });

  test('a guard clause on a mode does not split paths, and a raise ends a path', async () => {
    const src = [
      'import sys, torch',
      'import pypto.language as pl',
      'from golden import TensorSpec, run_jit',
      '@pl.jit',
      'def f(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):',
      '    return y',
      'def build(mode):',
      '    if mode == "fast":',
      '        return [TensorSpec("x", [4], torch.float32), TensorSpec("y", [4], torch.float32, is_output=True)]',
      '    raise ValueError(mode)',
      'if __name__ == "__main__":',
      '    mode = sys.argv[1]',
      '    if mode not in ("fast", "slow"):',
      '        raise SystemExit(2)',
      '    run_jit(fn=f, specs=build(mode))',
      '',
    ].join('\n');
    const { findings } = await analyzeSource(src);
    // the only path that reaches the harness is the "fast" one: y is surely an output
    expect(findings.filter((f) => f.kind === 'fix').map((f) => ('param' in f ? f.param : ''))).toEqual(['y']);
    expect(findings.filter((f) => f.kind === 'unresolved')).toEqual([]);
  });

  test('a guard clause narrows the value for later tests: an impossible else gets no path', async () => {
    const src = [
      'import argparse, torch',
      'import pypto.language as pl',
      'from golden import TensorSpec, run_jit',
      '@pl.jit',
      'def f(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):',
      '    return y',
      'if __name__ == "__main__":',
      '    args = argparse.ArgumentParser().parse_args()',
      '    if args.kind not in ("a", "b"):',
      '        raise SystemExit(2)',
      '    if args.kind == "a":',
      '        specs = [TensorSpec("x", [4], torch.float32), TensorSpec("y", [4], torch.float32, is_output=True)]',
      '    elif args.kind == "b":',
      '        specs = [TensorSpec("x", [4], torch.float32), TensorSpec("y", [4], torch.float32, init_value=torch.zeros, is_output=True)]',
      '    else:',
      '        specs = [TensorSpec("x", [4], torch.float32), TensorSpec("y", [4], torch.float32)]',
      '    run_jit(fn=f, specs=specs)',
      '',
    ].join('\n');
    const { findings } = await analyzeSource(src);
    // paths a (Out) and b (InOut) disagree; the else (In) can never run, so it is not among them
    const y = findings.find((f) => f.kind === 'unresolved' && f.param === 'y');
    expect(y && 'detail' in y ? y.detail : '').toMatch(/^InOut on the path where args.kind == "a" is False, but Out where args.kind == "a" is True$/);
  });

  test('an arm that runs the harness and then exits is not a guard clause: its harness is linked', async () => {
    const src = [
      'import argparse, torch',
      'import pypto.language as pl',
      'from golden import TensorSpec, run_jit',
      '@pl.jit',
      'def f(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):',
      '    return y',
      'if __name__ == "__main__":',
      '    args = argparse.ArgumentParser().parse_args()',
      '    if not args.full:',
      '        run_jit(fn=f, specs=[TensorSpec("x", [4], torch.float32), TensorSpec("y", [4], torch.float32, is_output=True)])',
      '        raise SystemExit(0)',
      '    print("full run")',
      '',
    ].join('\n');
    const { findings } = await analyzeSource(src);
    expect(findings.filter((f) => f.kind === 'fix' || f.kind === 'unlinked-harness').map((f) => `${f.kind} ${'param' in f ? f.param : ''}`)).toEqual(['fix y']);
  });
});
