import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { RULES, selectRules } from '../src/rules';
import { RULE_IDS } from '../src/rules/catalog';
import { ENTRY, io, tree } from './helpers/cli';
import { goldenPackage } from './helpers/golden';

describe('rule registry and selection', () => {
  test('every rule has an id, a summary, an example and the kinds it reports', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.example.length).toBeGreaterThan(10);
      expect(r.kinds.length).toBeGreaterThan(0);
    }
    expect(ids).toContain('direction');
  });

  test('select replaces the defaults, extend-select adds, ignore removes', () => {
    const defaults = RULES.flatMap((r) => (r.defaultOn === true ? [r.id] : r.defaultOn === 'detect' ? [`${r.id}:detect`] : []));
    expect(selectRules({})).toEqual(defaults);
    // a detect rule runs by default where it finds its trigger; chosen explicitly it runs everywhere
    expect(selectRules({})).toContain('unified-run:detect');
    expect(selectRules({ extendSelect: ['unified-run'] })).toContain('unified-run');
    expect(selectRules({ ignore: ['unified-run'] }).some((id) => id.startsWith('unified-run'))).toBe(false);
    expect(selectRules({ select: ['direction'] })).toEqual(['direction']);
    expect(selectRules({})).not.toContain('inline-wrapper');
    expect(selectRules({ select: [] })).toEqual([]);
    expect(selectRules({ select: ['direction'] })).toEqual(['direction']);
    expect(selectRules({ select: [], extendSelect: ['direction'] })).toEqual(['direction']);
    expect(selectRules({ select: ['ALL'], ignore: ['direction'] })).not.toContain('direction');
    expect(() => selectRules({ ignore: ['no-such-rule'] })).toThrow(/unknown rule "no-such-rule"/);
    // layers (the file's, then the flags'): a later select replaces, a later extend-select brings back
    expect(selectRules({ ignore: ['direction'] }, { extendSelect: ['direction'] })).toContain('direction');
    expect(selectRules({ select: ['direction'] }, { select: ['abi-agreement'] })).toEqual(['abi-agreement']);
    expect(selectRules({ extendSelect: ['direction'] }, { ignore: ['direction'] })).not.toContain('direction');
  });

  test('--ignore direction turns the direction rule off; config select does too', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const off = io(dir);
    expect(await main(['check', '--ignore', 'direction', dir], off.sink)).toBe(0);
    expect(off.out()).toMatch(/0 edits/);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.pypto-direction]\nselect = ["abi-agreement"]\n');
    const cfg = io(dir);
    expect(await main(['check', dir], cfg.sink)).toBe(0);
    const back = io(dir);
    expect(await main(['check', '--extend-select', 'direction', dir], back.sink)).toBe(1);
    expect(back.out()).toMatch(/fix step\.y should be Out/);
  });

  test('an unknown rule is a usage error (exit 2); the rules command lists the registry', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const bad = io(dir);
    expect(await main(['check', '--select', 'nope', dir], bad.sink)).toBe(2);
    expect(bad.err()).toMatch(/unknown rule "nope"/);
    const list = io(dir);
    expect(await main(['rules'], list.sink)).toBe(0);
    for (const r of RULES) expect(list.out()).toContain(r.id);
    const one = io(dir);
    expect(await main(['rules', 'direction'], one.sink)).toBe(0);
    expect(one.out()).toMatch(/example:/);
  });
});

describe('abi-agreement (the #1019 check, statically)', () => {
  const model = `import torch
import pypto.language as pl
from golden import TensorSpec, run_jit


@pl.jit
def step(x: pl.Tensor[[4], pl.FP32], cache: pl.Out[pl.Tensor[[4], pl.FP32]]):
    return cache


if __name__ == "__main__":
    run_jit(fn=step, specs=[TensorSpec("x", [4], torch.float32), TensorSpec("cache", [4], torch.float32, init_value=torch.zeros)])
`;

  test('check shows it without -v, worded like #1019, exit 0; --strict and strict = true make it 1', async () => {
    const dir = tree({ ...goldenPackage('spec'), 'm.py': model });
    const t = io(dir);
    expect(await main(['check', path.join(dir, 'm.py')], t.sink)).toBe(0);
    expect(t.out()).toMatch(/m\.py:7:\d+: abi-mismatch cache: direction spec=In artifact=Out/);
    // it replaces the noisier no-output-evidence on the same param
    const v = io(dir);
    await main(['check', '-v', path.join(dir, 'm.py')], v.sink);
    expect(v.out()).not.toMatch(/no-output-evidence/);
    expect(await main(['check', '--strict', path.join(dir, 'm.py')], io(dir).sink)).toBe(1);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.pypto-direction]\nstrict = true\n');
    expect(await main(['check', path.join(dir, 'm.py')], io(dir).sink)).toBe(1);
  });

  test('ignored, the rule reports nothing and no-output-evidence comes back (-v)', async () => {
    const dir = tree({ ...goldenPackage('spec'), 'm.py': model });
    const t = io(dir);
    await main(['check', '-v', '--ignore', 'abi-agreement', path.join(dir, 'm.py')], t.sink);
    expect(t.out()).not.toMatch(/abi-mismatch/);
    expect(t.out()).toMatch(/no-output-evidence step\.cache/);
  });

  test('the signature era has no #1019 check (the harness stamps directions from the entry)', async () => {
    const dir = tree({ ...goldenPackage('signature'), 'm.py': model.replace(', init_value=torch.zeros', '') });
    const t = io(dir);
    await main(['check', path.join(dir, 'm.py')], t.sink);
    expect(t.out()).not.toMatch(/abi-mismatch/);
  });
});

describe('a fix never leaves behind a mismatch it caused', () => {
  const ring = fs.readFileSync(path.join(__dirname, 'fixtures', 'abi-fix-breaks-spec', 'input', 'models', 'ring_step.py'), 'utf8');

  test('fix writes the wrapper, names the spec to change and exits 1; the next check shows the mismatch as it stands', async () => {
    const dir = tree({ ...goldenPackage('spec'), 'm.py': ring });
    const run = io(dir);
    expect(await main(['fix', '--allow-dirty', '--no-cache', path.join(dir, 'm.py')], run.sink)).toBe(1);
    const specLine = ring.split('\n').findIndex((l) => l.includes('remade = [')) + 1;
    expect(run.out()).toMatch(new RegExp(`fix-breaks-abi ring_step\\.ring: fix makes it InOut \\(was In\\), but the spec its harness receives at m\\.py:${specLine} says In`));
    expect(run.out()).toMatch(/give that spec is_output=True and an init_value/);
    expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).toContain('ring: pl.InOut[pl.Tensor[[N], pl.FP32]]');
    // written: it is no longer this run's doing, so it is the report-only #1019 finding again
    const after = io(dir);
    expect(await main(['check', '--no-cache', path.join(dir, 'm.py')], after.sink)).toBe(0);
    expect(after.out()).toMatch(/abi-mismatch ring: direction spec=In artifact=InOut/);
    expect(after.out()).not.toMatch(/fix-breaks-abi/);
  });
});

test('the rule catalog (what option resolution loads) lists every rule, in order, with its default', () => {
  expect(RULE_IDS).toEqual(RULES.map((r) => ({ id: r.id, defaultOn: r.defaultOn })));
});
