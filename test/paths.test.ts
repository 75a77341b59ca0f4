import * as fs from 'fs';
import * as path from 'path';
import { analyzeSource } from './helpers/fixtures';

// the first test of each group loads the grammar: under load that alone can pass jest's 5 s default
jest.setTimeout(30000);

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

describe('paths of one region (the evaluation underneath)', () => {
  /** The harness invocations of one module: entry called, path label (undefined: a single path or merged), spec names. */
  async function invocations(src: string) {
    const { parseModule } = await import('../src/parse/module');
    const { Project } = await import('../src/analyze/project');
    const { linkModule } = await import('../src/analyze/link');
    const { CALL_HARNESSES } = await import('../src/analyze/harness');
    const project = new Project([]);
    const ctx = project.add(await parseModule('case.py', Buffer.from(src)));
    const { invocations: invs, problems } = linkModule(project, ctx, CALL_HARNESSES);
    expect(problems).toEqual([]);
    const name = (v: import('../src/analyze/eval/values').Value) => (v.k === 'func' ? v.name : v.k);
    const specNames = (v: import('../src/analyze/eval/values').Value) =>
      v.k === 'seq' ? v.items.map((s) => (s.k === 'spec' && s.spec.name.k === 'str' ? s.spec.name.v : '?')).join(',') : v.k;
    return invs.map((i) => ({ fn: name(i.target), run: i.path?.run, label: i.path?.label, specs: specNames(i.specs) }));
  }
  const head = ['import argparse', 'from golden import TensorSpec, run_jit', 'def k0(x): return x', 'def k1(x): return x', 'def k2(x): return x', ''];

  test('values chosen together stay together, and each path starts from the bindings the region started with', async () => {
    const src = [
      ...head,
      'fn = k0',
      'specs = [TensorSpec("base", [1], "f")]',
      'if __name__ == "__main__":',
      '    args = argparse.ArgumentParser().parse_args()',
      '    if args.mode == "one":',
      '        fn = k1',
      '        specs = [TensorSpec("one", [1], "f")]',
      '    run_jit(fn=fn, specs=specs)',
      '',
    ].join('\n');
    // the second path must not see what the first bound (fn = k1): it starts again from fn = k0
    expect(await invocations(src)).toEqual([
      { fn: 'k1', run: 1, label: 'args.mode == "one" is True', specs: 'one' },
      { fn: 'k0', run: 2, label: 'args.mode == "one" is False', specs: 'base' },
    ]);
  });

  test('a test made again later on a path agrees with the first', async () => {
    const src = [
      ...head,
      'if __name__ == "__main__":',
      '    args = argparse.ArgumentParser().parse_args()',
      '    if args.fast:',
      '        chosen = k1',
      '    else:',
      '        chosen = k2',
      '    if args.fast:',
      '        run_jit(fn=chosen, specs=[TensorSpec("fast", [1], "f")])',
      '    if not args.fast:',
      '        run_jit(fn=chosen, specs=[TensorSpec("slow", [1], "f")])',
      '',
    ].join('\n');
    expect(await invocations(src)).toEqual([
      { fn: 'k1', run: 1, label: 'args.fast is True', specs: 'fast' },
      { fn: 'k2', run: 2, label: 'args.fast is False', specs: 'slow' },
    ]);
  });

  const flags = (n: number) => [
    ...head,
    'if __name__ == "__main__":',
    '    args = argparse.ArgumentParser().parse_args()',
    ...Array.from({ length: n }, (_, i) => `    if args.f${i}:\n        run_jit(fn=k${i % 3}, specs=[TensorSpec("s${i}", [1], "f")])`),
    '',
  ].join('\n');

  test('up to the path limit every combination of choices is a path of its own', async () => {
    const invs = await invocations(flags(5)); // 2^5 = 32 paths: the limit
    expect(new Set(invs.map((i) => i.run)).size).toBe(31); // the path with every flag false calls no harness
    expect(invs.length).toBe(5 * 16);
    // on each path, a harness runs exactly when its flag was chosen true
    for (const inv of invs) expect(inv.label).toContain(`args.f${inv.specs.slice(1)} is True`);
  });

  test('past the path limit the region is evaluated once, branches merged, with no path tags', async () => {
    const invs = await invocations(flags(6)); // 64 paths
    expect(invs).toEqual(Array.from({ length: 6 }, (_, i) => ({ fn: `k${i % 3}`, run: undefined, label: undefined, specs: `s${i}` })));
  });
});

describe('later paths resume after the prefix all paths share', () => {
  /** Invocations of one module, with the linking's run counts. */
  async function link(src: string) {
    const { parseModule } = await import('../src/parse/module');
    const { Project } = await import('../src/analyze/project');
    const { linkModule } = await import('../src/analyze/link');
    const { CALL_HARNESSES } = await import('../src/analyze/harness');
    const project = new Project([]);
    const ctx = project.add(await parseModule('case.py', Buffer.from(src)));
    const linked = linkModule(project, ctx, CALL_HARNESSES);
    expect(linked.problems).toEqual([]);
    const describeSpec = (v: import('../src/analyze/eval/values').Value) =>
      v.k === 'spec' ? `${v.spec.name.k === 'str' ? v.spec.name.v : '?'}${v.spec.isOutput.k === 'bool' && v.spec.isOutput.v ? '!' : ''}` : v.k;
    const invs = linked.invocations.map((i) => ({ label: i.path?.label, specs: i.specs.k === 'seq' ? i.specs.items.map(describeSpec).join(',') : i.specs.k }));
    return { invs, runs: linked.runs };
  }
  const head = ['import argparse', 'from golden import TensorSpec, run_jit', 'def k(x, y): return y', ''];

  test('values the prefix built are each path\'s own: what one path changes, the next does not see', async () => {
    const src = [
      ...head,
      'def main():',
      '    args = argparse.ArgumentParser().parse_args()',
      '    specs = [TensorSpec("x", [1], "f"), TensorSpec("y", [1], "f")]',
      '    if args.a:',
      '        specs[1].is_output = True',
      '        specs.append(TensorSpec("a", [1], "f"))',
      '    if args.b:',
      '        specs.append(TensorSpec("b", [1], "f"))',
      '    run_jit(fn=k, specs=specs)',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
    const { invs, runs } = await link(src);
    // two regions (main itself, and the __main__ block calling it), four paths each
    const paths = [
      { label: 'args.a is True, args.b is True', specs: 'x,y!,a,b' },
      { label: 'args.a is True, args.b is False', specs: 'x,y!,a' },
      { label: 'args.a is False, args.b is True', specs: 'x,y,b' },
      { label: 'args.a is False, args.b is False', specs: 'x,y' },
    ];
    expect(invs).toEqual([...paths, ...paths]);
    // the third and fourth paths of each region started after the prefix
    expect(runs).toEqual({ started: 8, resumed: 4 });
  });

  test('a harness called in the prefix is linked on every path; a closure made there reads its own path\'s names', async () => {
    // `make` closes over main's scope: a resumed run must give it that run's scope
    const src = [
      ...head,
      'def main():',
      '    args = argparse.ArgumentParser().parse_args()',
      '    run_jit(fn=k, specs=[TensorSpec("first", [1], "f")])',
      '    name = "y"',
      '    def make():',
      '        return [TensorSpec("x", [1], "f"), TensorSpec(name, [1], "f", is_output=True)]',
      '    if args.other:',
      '        name = "z"',
      '    if args.twice:',
      '        run_jit(fn=k, specs=make())',
      '    run_jit(fn=k, specs=make())',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
    const { invs, runs } = await link(src);
    const tt = 'args.other is True, args.twice is True';
    const tf = 'args.other is True, args.twice is False';
    const ft = 'args.other is False, args.twice is True';
    const ff = 'args.other is False, args.twice is False';
    const paths = [
      { label: tt, specs: 'first' }, { label: tt, specs: 'x,z!' }, { label: tt, specs: 'x,z!' },
      { label: tf, specs: 'first' }, { label: tf, specs: 'x,z!' },
      { label: ft, specs: 'first' }, { label: ft, specs: 'x,y!' }, { label: ft, specs: 'x,y!' },
      { label: ff, specs: 'first' }, { label: ff, specs: 'x,y!' },
    ];
    expect(invs).toEqual([...paths, ...paths]);
    expect(runs).toEqual({ started: 8, resumed: 4 });
  });

  test('a first choice inside a builder call resumes at the statement that calls it', async () => {
    const src = [
      ...head,
      'def build(args):',
      '    specs = [TensorSpec("x", [1], "f")]',
      '    if args.out:',
      '        specs.append(TensorSpec("y", [1], "f", is_output=True))',
      '    else:',
      '        specs.append(TensorSpec("y", [1], "f"))',
      '    if args.extra:',
      '        specs.append(TensorSpec("e", [1], "f"))',
      '    return specs',
      '',
      'if __name__ == "__main__":',
      '    args = argparse.ArgumentParser().parse_args()',
      '    prepared = [TensorSpec("p", [1], "f")]',
      '    run_jit(fn=k, specs=prepared + build(args))',
      '',
    ].join('\n');
    const { invs, runs } = await link(src);
    expect(invs.map((i) => i.specs)).toEqual(['p,x,y!,e', 'p,x,y!', 'p,x,y,e', 'p,x,y']);
    expect(runs).toEqual({ started: 4, resumed: 2 });
  });

  test('past the path limit the region runs once more from the start, merged', async () => {
    const src = [
      ...head,
      'if __name__ == "__main__":',
      '    args = argparse.ArgumentParser().parse_args()',
      ...Array.from({ length: 6 }, (_, i) => `    if args.f${i}:\n        run_jit(fn=k, specs=[TensorSpec("s${i}", [1], "f")])`),
      '',
    ].join('\n');
    const { invs, runs } = await link(src);
    expect(invs.map((i) => i.label)).toEqual(Array(6).fill(undefined));
    // 32 paths (runs 3 to 32 resumed), then the merged run from the start
    expect(runs).toEqual({ started: 33, resumed: 30 });
  });
});
