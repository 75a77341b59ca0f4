import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import type { Finding } from '../src/decide/findings';
import { analyzeFiles } from '../src/run/pipeline';
import { selectRules } from '../src/rules';
import { io, tree } from './helpers/cli';
import { parsesCleanly } from './helpers/fixtures';

const GOLDEN = path.join(__dirname, 'fixtures', 'harness-unified', 'input', 'golden');

/** The unified golden package of the fixture tree, as files. */
function unifiedGolden(): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(GOLDEN).map((f) => [`golden/${f}`, fs.readFileSync(path.join(GOLDEN, f), 'utf8')]));
}

/** One generated config value: how it is spelled and laid out, and its keys. */
interface Cfg {
  form: 'call' | 'dict' | 'name';
  keys: string[];
  multiline: boolean;
  comment: boolean;
}

const KEYS = ['platform', 'device_id', 'dump_passes', 'enable_chip_swimlane', 'log_level'];
const cfgArb: fc.Arbitrary<Cfg> = fc.record({
  form: fc.constantFrom<Cfg['form']>('call', 'call', 'dict', 'name'),
  keys: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 4 }),
  multiline: fc.boolean(),
  comment: fc.boolean(),
});

const callArb = fc.record({
  callee: fc.constantFrom('run_jit', 'alias', 'module', 'program'),
  compile: fc.option(cfgArb, { nil: undefined }),
  runtime: fc.option(cfgArb, { nil: undefined }),
  runtimeFirst: fc.boolean(),
  rtol: fc.boolean(),
  crlf: fc.boolean(),
});

type CallCase = typeof callArb extends fc.Arbitrary<infer T> ? T : never;

/** The value text of a config: one value per key, the same for a key in both dicts (so they merge). */
function cfgText(c: Cfg, name: string, indent: string): string {
  if (c.form === 'name') return name;
  const entries = c.keys.map((k) => (c.form === 'call' ? `${k}=V_${k.toUpperCase()}` : `"${k}": V_${k.toUpperCase()}`));
  const [open, close] = c.form === 'call' ? ['dict(', ')'] : ['{', '}'];
  if (!c.multiline) return `${open}${entries.join(', ')}${close}`;
  const lines = entries.map((e, i) => `${indent}    ${e},${c.comment && i === 0 ? '  # the first key' : ''}`);
  if (c.comment) lines.unshift(`${indent}    # ${name}`);
  return [open, ...lines, `${indent}${close}`].join('\n');
}

function render(c: CallCase): string {
  const imports =
    c.callee === 'alias' ? 'from golden import run_jit as check' : c.callee === 'module' ? 'import golden' : c.callee === 'program' ? 'from golden import run' : 'from golden import run_jit';
  const callee = { run_jit: 'run_jit', alias: 'check', module: 'golden.run_jit', program: 'run' }[c.callee];
  const target = c.callee === 'program' ? 'program=Prog' : 'fn=entry';
  const args = [`        ${target},`, '        specs=[],'];
  const cfgs: string[] = [];
  if (c.compile) cfgs.push(`        compile_cfg=${cfgText(c.compile, 'compile_cfg', '        ')},`);
  if (c.runtime) cfgs.push(`        runtime_cfg=${cfgText(c.runtime, 'runtime_cfg', '        ')},`);
  if (c.runtimeFirst) cfgs.reverse();
  args.push(...cfgs);
  if (c.rtol) args.push('        rtol=1e-3,');
  const consts = KEYS.map((k) => `V_${k.toUpperCase()} = 1`);
  const src = [imports, '', ...consts, 'compile_cfg = {}', 'runtime_cfg = {}', 'entry = Prog = None', '', 'if __name__ == "__main__":', `    ${callee}(`, ...args, '    )', ''].join('\n');
  return c.crlf ? src.replace(/\n/g, '\r\n') : src;
}

const edits = (fs2: Finding[]) => fs2.filter((f) => f.applicability && !f.withheld);

describe('unified-run', () => {
  test('property: the conversion is idempotent, parses, and leaves no compile_cfg/runtime_cfg in a converted call', async () => {
    await fc.assert(
      fc.asyncProperty(callArb, async (c) => {
        const dir = tree({ ...unifiedGolden(), 'm.py': render(c) });
        const file = path.join(dir, 'm.py');
        const first = await analyzeFiles([file], { rules: selectRules({}) });
        const out = first.files[0];
        expect(out.error).toBeUndefined();
        const text = out.output ?? fs.readFileSync(file, 'utf8');
        expect(await parsesCleanly(text.replace(/\r/g, ''))).toBe(true);
        const kept = out.findings.filter((f) => f.kind === 'legacy-harness' && f.keep);
        if (!kept.length) {
          expect(text).not.toMatch(/compile_cfg=|runtime_cfg=|run_jit/);
          if (c.crlf) expect(text.replace(/\r\n/g, '')).not.toContain('\n');
        }
        fs.writeFileSync(file, text);
        const second = await analyzeFiles([file], { rules: selectRules({}) });
        expect(edits(second.files[0].findings)).toEqual([]);
        expect(second.files[0].output ?? text).toBe(text);
      }),
      { numRuns: 60 },
    );
  }, 240_000);

  test('kept calls say why: two values for one key, a ** splat, run bound elsewhere', async () => {
    const src = [
      'from golden import run_jit',
      'B = {}',
      'f = None',
      'run_jit(fn=f, specs=[], compile_cfg=dict(platform="x"), runtime_cfg=dict(platform="y"))',
      'run_jit(fn=f, specs=[], compile_cfg=dict(a=1), runtime_cfg=dict(**B))',
      'run_jit(fn=f, specs=[], runtime_cfg=dict(a=1), **B)',
      '',
    ].join('\n');
    const dir = tree({ ...unifiedGolden(), 'm.py': src });
    const r = await analyzeFiles([path.join(dir, 'm.py')], { rules: selectRules({}) });
    const reasons = r.files[0].findings.flatMap((f) => (f.kind === 'legacy-harness' && f.keep ? [`${f.site}:${f.keep.reason}`] : []));
    expect(reasons).toEqual(['import:not-converted', 'call:conflicting-key', 'call:splat', 'call:splat']);
    const bound = tree({ ...unifiedGolden(), 'm.py': 'from golden import run_jit\n\n\ndef run():\n    pass\n\n\nrun_jit(fn=run, specs=[])\n' });
    const b = await analyzeFiles([path.join(bound, 'm.py')], { rules: selectRules({}) });
    expect(b.files[0].findings.flatMap((f) => (f.kind === 'legacy-harness' ? [f.keep?.reason] : []))).toEqual(['run-bound', 'run-bound']);
    expect(b.files[0].output).toBeUndefined();
  });

  test('on by default only where the golden package is the unified one; --extend-select turns it on elsewhere, --ignore off', async () => {
    const model = 'from golden import run_jit\n\n\ndef f():\n    pass\n\n\nrun_jit(fn=f, specs=[], runtime_cfg=dict(platform="a2a3"))\n';
    const old = tree({ 'golden/__init__.py': 'from .runner import run, run_jit\n', 'golden/runner.py': 'def run(program=None, specs=None, compile_cfg=None, runtime_cfg=None):\n    pass\n\n\ndef run_jit(fn=None, specs=None, compile_cfg=None, runtime_cfg=None):\n    pass\n', 'm.py': model });
    const t = io(old);
    expect(await main(['check', '--no-cache', path.join(old, 'm.py')], t.sink)).toBe(0);
    expect(t.out()).not.toMatch(/legacy-harness/);
    const opt = io(old);
    expect(await main(['check', '--no-cache', '--extend-select', 'unified-run', path.join(old, 'm.py')], opt.sink)).toBe(1);
    expect(opt.out()).toMatch(/legacy-harness run_jit\(\) call: fix converts it to the unified run/);
    const unified = tree({ ...unifiedGolden(), 'm.py': model });
    const u = io(unified);
    expect(await main(['check', '--no-cache', path.join(unified, 'm.py')], u.sink)).toBe(1);
    expect(u.out()).toMatch(/the golden package no longer exports run_jit/);
    expect(await main(['check', '--no-cache', '--ignore', 'unified-run', path.join(unified, 'm.py')], io(unified).sink)).toBe(0);
  });
});
