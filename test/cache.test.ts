import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readEntry } from '../src/run/cache';
import { analyzeFiles } from '../src/run/pipeline';
import { main, CliIO } from '../src/cli/main';
import { ENTRY as SRC } from './helpers/cli';


function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-cache-'));
  const file = path.join(dir, 'm.py');
  fs.writeFileSync(file, SRC);
  return { dir, file, cacheDir: path.join(dir, 'cache') };
}

/** What a result says, without object identity. */
const summary = (r: Awaited<ReturnType<typeof analyzeFiles>>) =>
  r.files.map((f) => ({ path: f.path, findings: f.findings, edits: f.edits, output: f.output, error: f.error?.message }));

describe('result cache', () => {
  test('a warm run gives the same result as a cold one, and writes its entry once', async () => {
    const { file, cacheDir } = setup();
    const cold = await analyzeFiles([file], { cacheDir });
    expect(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const warm = await analyzeFiles([file], { cacheDir });
    expect(summary(warm)).toEqual(summary(cold));
    expect(warm.files[0].output).toContain('y: pl.Out[');
  });

  test('a changed file invalidates the entry', async () => {
    const { file, cacheDir } = setup();
    await analyzeFiles([file], { cacheDir });
    fs.writeFileSync(file, SRC.replace('is_output=True', 'init_value=1.0, is_output=True'));
    const again = await analyzeFiles([file], { cacheDir });
    expect(again.files[0].output).toContain('y: pl.InOut[');
  });

  test('options are part of the key', async () => {
    const { file, cacheDir } = setup();
    const a = await analyzeFiles([file], { cacheDir, evidence: 'all' });
    const b = await analyzeFiles([file], { cacheDir, evidence: 'final' });
    expect(summary(a)).toEqual(summary(b)); // same answer here, but two entries
    expect(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });

  test('a corrupt entry is ignored and replaced', async () => {
    const { file, cacheDir } = setup();
    const cold = await analyzeFiles([file], { cacheDir });
    const entry = fs.readdirSync(cacheDir).find((f) => f.endsWith('.json'))!;
    fs.writeFileSync(path.join(cacheDir, entry), '{"format": 1, "deps": nul');
    expect(summary(await analyzeFiles([file], { cacheDir }))).toEqual(summary(cold));
    expect(readEntry(path.join(cacheDir, entry), (v): v is object => typeof v === 'object')).toBeDefined();
  });

  test('an unwritable cache directory costs only a cold run', async () => {
    const { dir, file } = setup();
    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, 'a file, not a directory');
    const r = await analyzeFiles([file], { cacheDir: path.join(blocked, 'cache') });
    expect(r.files[0].output).toContain('y: pl.Out[');
  });

  test('the CLI uses $PYPTO_DIRECTION_CACHE_DIR, and --no-cache leaves it alone', async () => {
    const { dir, cacheDir } = setup();
    const sink = (): CliIO => ({ stdout: { write: () => true }, stderr: { write: () => true }, env: { PYPTO_DIRECTION_CACHE_DIR: cacheDir }, cwd: dir });
    await main(['check', '--no-cache', 'm.py'], sink());
    expect(fs.existsSync(cacheDir)).toBe(false);
    await main(['check', 'm.py'], sink());
    expect(fs.readdirSync(cacheDir).some((f) => f.endsWith('.json'))).toBe(true);
  });
});

test('the cache directory is bounded: old entries are evicted', async () => {
  const { dir, cacheDir } = setup();
  const files: string[] = [];
  for (let i = 0; i < 140; i++) {
    const f = path.join(dir, `m${i}.py`);
    fs.writeFileSync(f, SRC);
    files.push(f);
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  for (let i = 0; i < 140; i++) {
    // fake older entries, then one real store on top
    fs.writeFileSync(path.join(cacheDir, `old${i}.json`), '{}');
  }
  await analyzeFiles([files[0]], { cacheDir });
  const left = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
  expect(left.length).toBeLessThanOrEqual(128);
  expect(left.length).toBeGreaterThan(64);
});

describe('import-group entries', () => {
  const other = SRC.replace(/step/g, 'other');
  function tree3() {
    const { dir, cacheDir } = setup();
    const files = ['a.py', 'b.py', 'c.py'].map((f) => path.join(dir, f));
    fs.writeFileSync(files[0], SRC);
    fs.writeFileSync(files[1], other);
    fs.writeFileSync(files[2], other.replace(/other/g, 'third'));
    return { dir, files, cacheDir };
  }

  test('after an edit to one file only its group is analyzed again, and the result is a cold run’s', async () => {
    const { files, cacheDir } = tree3();
    await analyzeFiles(files, { cacheDir });
    fs.appendFileSync(files[1], '# touched\n');
    const groups = await import('../src/run/analyze-group');
    const spy = jest.spyOn(groups, 'analyzeGroup');
    try {
      const warm = await analyzeFiles(files, { cacheDir });
      expect(spy.mock.calls.map((c) => c[0].map((f) => path.basename(f)))).toEqual([['b.py']]);
      spy.mockClear();
      expect(summary(warm)).toEqual(summary(await analyzeFiles(files, {})));
    } finally {
      spy.mockRestore();
    }
  });

  test('a group entry is not used once a module it imports has changed', async () => {
    const { dir, cacheDir } = setup();
    const builder = path.join(dir, 'specs.py');
    fs.writeFileSync(builder, 'from golden import TensorSpec\n\n\ndef build():\n    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]\n');
    const entry = path.join(dir, 'm.py');
    fs.writeFileSync(entry, SRC.replace('from golden import TensorSpec, run_jit', 'from golden import run_jit\nfrom specs import build').replace('specs=build_tensor_specs()', 'specs=build()'));
    const lone = path.join(dir, 'lone.py');
    fs.writeFileSync(lone, other);
    // specs.py is read, not analyzed: only the hash check can notice it changed
    expect((await analyzeFiles([entry, lone], { cacheDir })).files[0].output).toContain('y: pl.Out[');
    fs.writeFileSync(builder, fs.readFileSync(builder, 'utf8').replace('is_output=True', 'init_value=0.0, is_output=True'));
    fs.appendFileSync(lone, '# the whole-run entry misses too\n');
    const again = await analyzeFiles([entry, lone], { cacheDir });
    expect(again.files[0].output).toContain('y: pl.InOut[');
    expect(summary(again)).toEqual(summary(await analyzeFiles([entry, lone], {})));
  });
});

describe('build id', () => {
  test('a change to any compiled module changes the id the cache keys on', () => {
    const { hashSources } = require('../src/build-id') as typeof import('../src/build-id');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-build-'));
    fs.mkdirSync(path.join(dir, 'analyze'));
    fs.writeFileSync(path.join(dir, 'a.js'), 'exports.a = 1;\n');
    fs.writeFileSync(path.join(dir, 'analyze', 'b.js'), 'exports.b = 1;\n');
    fs.writeFileSync(path.join(dir, 'b.d.ts'), 'export {};\n');
    const before = hashSources(dir);
    expect(hashSources(dir)).toBe(before);
    fs.writeFileSync(path.join(dir, 'b.d.ts'), 'export declare const b: number;\n');
    expect(hashSources(dir)).toBe(before); // declarations do not run
    fs.writeFileSync(path.join(dir, 'analyze', 'b.js'), 'exports.b = 2;\n');
    expect(hashSources(dir)).not.toBe(before);
  });

  test('the committed build carries its id, and the cache keys on it', () => {
    const stored = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'dist', 'build-id.json'), 'utf8'));
    const { hashSources } = require('../src/build-id') as typeof import('../src/build-id');
    expect(stored.id).toBe(hashSources(path.join(__dirname, '..', 'dist')));
  });
});
