import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisResult, analyzeFiles, analyzePaths } from '../src/run/pipeline';
import { loadCases } from './helpers/fixtures';

/** Everything a run decides, as plain data. */
function decisions(r: AnalysisResult) {
  return r.files.map((f) => ({ path: f.path, output: f.output, edits: f.edits, findings: f.findings, error: f.error?.message }));
}

describe('results do not depend on how the run is organised', () => {
  const files = loadCases().flatMap((c) => [...c.inputs.values()]);

  test('one group, import groups, worker threads, a warm cache, the facts store and stored syntax trees agree on every fixture', async () => {
    expect(fs.existsSync(path.join(__dirname, '..', 'dist', 'run', 'worker.js'))).toBe(true); // npm test builds first
    const whole = decisions(await analyzeFiles(files, { partition: false }));
    const grouped = decisions(await analyzeFiles(files, { workers: 0 }));
    const threaded = decisions(await analyzeFiles(files, { workers: 2 }));
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-modes-'));
    await analyzeFiles(files, { cacheDir });
    const warm = decisions(await analyzeFiles(files, { cacheDir }));
    // without the whole-run entry, every import group comes from its own entry
    for (const f of fs.readdirSync(cacheDir)) if (f.endsWith('.json')) fs.rmSync(path.join(cacheDir, f));
    expect(fs.readdirSync(path.join(cacheDir, 'groups')).length).toBeGreaterThan(1);
    const fromGroups = decisions(await analyzeFiles(files, { cacheDir }));
    // only the facts left: the partition reads them (no text scanned), the groups are analyzed again
    const onlyFacts = () => {
      for (const f of fs.readdirSync(cacheDir)) if (f.endsWith('.json')) fs.rmSync(path.join(cacheDir, f));
      fs.rmSync(path.join(cacheDir, 'groups'), { recursive: true, force: true });
    };
    onlyFacts();
    const factsRun = await analyzeFiles(files, { cacheDir });
    expect(factsRun.work!.factsComputed).toBe(0);
    expect(factsRun.work!.groups).toBeGreaterThan(1);
    const fromFacts = decisions(factsRun);
    // a store whose entries have the wrong shape is a miss: every file's facts are computed again
    onlyFacts();
    const store = path.join(cacheDir, 'facts', 'facts.json');
    const stored = JSON.parse(fs.readFileSync(store, 'utf8'));
    for (const hash of Object.keys(stored.files)) stored.files[hash] = { mayHoldEntries: 1, imports: null };
    fs.writeFileSync(store, JSON.stringify(stored));
    const reshaped = await analyzeFiles(files, { cacheDir });
    expect(reshaped.work!.factsComputed).toBeGreaterThan(files.length / 2);
    const badFacts = decisions(reshaped);
    // and a corrupt store is no store
    onlyFacts();
    fs.writeFileSync(store, '{"format": 1, "files": {"');
    const corrupt = await analyzeFiles(files, { cacheDir });
    expect(corrupt.work!.factsComputed).toBeGreaterThan(files.length / 2);
    const corruptFacts = decisions(corrupt);
    // only the syntax trees left: nothing is parsed but refused files and files about to change
    onlyFacts();
    fs.rmSync(path.join(cacheDir, 'facts'), { recursive: true, force: true });
    const treesRun = await analyzeFiles(files, { cacheDir });
    const parsedCold = (await analyzeFiles(files, { workers: 0 })).work!.filesParsed;
    const changing = treesRun.files.filter((f) => f.error || f.edits.length || f.findings.length).length;
    expect(treesRun.work!.filesParsed).toBeLessThanOrEqual(changing);
    expect(treesRun.work!.filesParsed).toBeLessThan(parsedCold / 2);
    const fromTrees = decisions(treesRun);
    // trees stored under the wrong names (another file's tree) are misses: all is parsed again
    onlyFacts();
    const treeDir = path.join(cacheDir, 'trees');
    const names = fs.readdirSync(treeDir).filter((f) => f.endsWith('.tree'));
    const contents = names.map((f) => fs.readFileSync(path.join(treeDir, f)));
    names.forEach((f, i) => fs.writeFileSync(path.join(treeDir, f), contents[(i + 1) % contents.length]));
    const swapped = await analyzeFiles(files, { cacheDir });
    expect(swapped.work!.filesParsed).toBeGreaterThanOrEqual(names.length); // each tree (files with the same bytes share one) is parsed again
    const swappedTrees = decisions(swapped);
    expect(whole.some((f) => f.edits.length)).toBe(true);
    expect(grouped).toEqual(whole);
    expect(threaded).toEqual(whole);
    expect(warm).toEqual(whole);
    expect(fromGroups).toEqual(whole);
    expect(fromFacts).toEqual(whole);
    expect(badFacts).toEqual(whole);
    expect(corruptFacts).toEqual(whole);
    expect(fromTrees).toEqual(whole);
    expect(swappedTrees).toEqual(whole);
  }, 60_000);
});

test('groups the text scan splits are merged once the real imports are known', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-stray-'));
  fs.mkdirSync(path.join(dir, 'app'));
  fs.mkdirSync(path.join(dir, 'lib'));
  fs.writeFileSync(
    path.join(dir, 'lib', 'kern.py'),
    'import pypto.language as pl\n\n\n@pl.jit\ndef k(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):\n    return y\n',
  );
  // `kern` is found through the given roots (lib/), which the line scan does not search
  fs.writeFileSync(
    path.join(dir, 'app', 'main.py'),
    'from golden import TensorSpec, run_jit\nX = 1; import kern\n\nrun_jit(fn=kern.k, specs=[TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)])\n',
  );
  const files = [path.join(dir, 'app', 'main.py'), path.join(dir, 'lib', 'kern.py')];
  const { partition } = await import('../src/run/partition');
  expect(partition(files, (f) => fs.readFileSync(f, 'utf8'))).toHaveLength(2);
  const r = await analyzePaths([path.join(dir, 'app'), path.join(dir, 'lib')]);
  const kern = r.files.find((f) => f.path.endsWith('kern.py'))!;
  expect(kern.output).toContain('y: pl.Out[pl.Tensor[[4], pl.FP32]]');
});

test('the partition follows imports through modules without entries, as the analysis does', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-through-'));
  const kernel = 'import pypto.language as pl\n\n\n@pl.jit\ndef k(x: pl.Tensor[[4], pl.FP32], y: pl.Tensor[[4], pl.FP32]):\n    return y\n';
  fs.writeFileSync(path.join(dir, 'kern.py'), kernel);
  // specs.py holds no entry: it only re-exports the kernel next to the spec builder
  fs.writeFileSync(path.join(dir, 'specs.py'), 'from golden import TensorSpec\nfrom kern import k\n\n\ndef build():\n    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]\n');
  fs.writeFileSync(path.join(dir, 'main.py'), 'from golden import run_jit\nimport specs\n\nrun_jit(fn=specs.k, specs=specs.build())\n');
  fs.writeFileSync(path.join(dir, 'other.py'), kernel.replace('def k', 'def other'));
  const files = ['main.py', 'specs.py', 'kern.py', 'other.py'].map((f) => path.join(dir, f));
  const { partition } = await import('../src/run/partition');
  const groups = partition(files, (f) => fs.readFileSync(f, 'utf8')).map((g) => g.map((f) => path.basename(f)).sort());
  expect(groups).toContainEqual(expect.arrayContaining(['main.py', 'kern.py']));
  expect(groups).toContainEqual(['other.py']);
  const r = await analyzePaths([dir]);
  expect(r.files.find((f) => f.path.endsWith('kern.py'))!.output).toContain('y: pl.Out[pl.Tensor[[4], pl.FP32]]');
});
