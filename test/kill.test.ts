import { ChildProcess, execSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { encodeSource } from '../src/parse/source';
import { analyzeFiles } from '../src/run/pipeline';
import { parsesCleanly } from './helpers/fixtures';
import { GenFile, generateTree, listFiles, writeTree } from './helpers/gen-tree';

/**
 * Crash safety of `fix`: the CLI is SIGKILLed while it rewrites a large tree.
 * Every `.py` file must then be byte-for-byte either its original or its fully
 * fixed version (writes are temp-file + rename), and a second `fix` must
 * finish the job and remove the temporary files the killed run left.
 */

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pypto-direction.js');
const FILES = 400;
const SEED = 0xc0ffee;
const MAX_ATTEMPTS = 6;
/** A leftover temporary file of an interrupted write: `.<name>.py.<pid>.<random>.pypto-direction.tmp`. */
const TEMP = /^\.(.+\.py)\.\d+\.[0-9a-z]*\.pypto-direction\.tmp$/;

const tmpRoots: string[] = [];
function tempDir(tag: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `pypto-direction-kill-${tag}-`));
  tmpRoots.push(d);
  return d;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface TreeState {
  original: number;
  fixed: number;
  /** Leftover temporary files, relative paths. */
  temps: string[];
  /** Whether the tree's lock file is there (a killed run leaves it; the next run takes it over). */
  lock: boolean;
}

/**
 * Checks a tree after an interrupted or completed run: the same `.py` files
 * as generated, each equal to its original or its fixed bytes, and nothing
 * else but temp files of the tool (dotfiles not ending in `.py`), whose bytes
 * must be a prefix of the fixed version of the file they were replacing.
 */
function inspect(dir: string, files: GenFile[]): TreeState {
  const byRel = new Map(files.map((f) => [f.rel, f]));
  const present = listFiles(dir);
  const py = present.filter((p) => p.endsWith('.py'));
  expect(py).toEqual([...byRel.keys()].sort());
  const state: TreeState = { original: 0, fixed: 0, temps: [], lock: present.includes('.pypto-direction.lock') };
  for (const rel of py) {
    const bytes = fs.readFileSync(path.join(dir, rel));
    const f = byRel.get(rel)!;
    if (bytes.equals(f.original)) state.original++;
    else if (bytes.equals(f.fixed)) state.fixed++;
    else throw new Error(`${rel} is neither its original nor its fixed version (${bytes.length} bytes; original ${f.original.length}, fixed ${f.fixed.length})`);
  }
  for (const rel of present.filter((p) => !p.endsWith('.py') && p !== '.pypto-direction.lock')) {
    const m = TEMP.exec(path.posix.basename(rel));
    if (!m) throw new Error(`unexpected file left in the tree: ${rel}`);
    const target = byRel.get(path.posix.join(path.posix.dirname(rel), m[1]));
    if (!target) throw new Error(`temp file ${rel} names no file of the tree`);
    const bytes = fs.readFileSync(path.join(dir, rel));
    expect({ rel, prefixOfFixed: target.fixed.subarray(0, bytes.length).equals(bytes) }).toEqual({ rel, prefixOfFixed: true });
    state.temps.push(rel);
  }
  return state;
}

/** Waits for a child to exit; resolves to its exit code or signal. */
function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode, at: Date.now() });
    else child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
}

describe('SIGKILL during fix', () => {
  let files: GenFile[];

  beforeAll(() => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) execSync('npm run compile', { cwd: ROOT, stdio: 'ignore' });
    files = generateTree(FILES, SEED);
  }, 60_000);

  afterAll(() => {
    for (const d of tmpRoots) fs.rmSync(d, { recursive: true, force: true });
  });

  test('the generated tree is what the tool fixes: originals and fixed versions agree with analyzeFiles', async () => {
    const dir = tempDir('oracle');
    writeTree(dir, files);
    const sizes = files.map((f) => f.original.length);
    expect(Math.min(...sizes)).toBeGreaterThan(1000);
    const result = await analyzeFiles(files.map((f) => path.join(dir, f.rel)));
    expect(result.files.filter((f) => f.error).map((f) => f.error!.message)).toEqual([]);
    result.files.forEach((res, i) => {
      const f = files[i];
      expect({ rel: f.rel, fixes: res.findings.filter((x) => x.kind === 'fix').length }).toEqual({ rel: f.rel, fixes: f.edits });
      const out = res.output !== undefined && res.original ? encodeSource({ text: res.output, bom: res.original.bom }) : undefined;
      expect({ rel: f.rel, fixedAsGenerated: out?.equals(f.fixed) ?? false }).toEqual({ rel: f.rel, fixedAsGenerated: true });
    });
    // the fixed versions are clean Python, and differ from the originals
    for (const f of files.slice(0, 50)) {
      expect(await parsesCleanly(f.fixed.toString('utf8').replace(/^\ufeff/, ''))).toBe(true);
      expect(f.fixed.equals(f.original)).toBe(false);
    }
  }, 60_000);

  test('a killed fix leaves every file original or fully fixed; a second fix completes the tree', async () => {
    // the CLI writes in sorted path order, so the first file changes first
    const order = files.map((f) => f.rel).sort();
    const first = files.find((f) => f.rel === order[0])!;
    let window = 150; // ms of writing to spread the kill over; re-measured if a run finishes first
    const log: string[] = [];
    let interrupted: { dir: string; state: TreeState } | undefined;

    for (let attempt = 1; attempt <= MAX_ATTEMPTS && !interrupted; attempt++) {
      const dir = tempDir(`run${attempt}`);
      writeTree(dir, files);
      const child = spawn(process.execPath, [BIN, 'fix', '--no-cache', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const done = exited(child);
      let finished = false;
      void done.then(() => (finished = true));

      // poll until the first file has been replaced (the tool has started writing)
      const firstPath = path.join(dir, first.rel);
      while (!finished && fs.readFileSync(firstPath).equals(first.original)) await sleep(1);
      const startedWriting = Date.now();
      if (!finished) {
        const delay = Math.floor(Math.random() * window);
        await sleep(delay);
        if (!finished) child.kill('SIGKILL');
        log.push(`attempt ${attempt}: kill ${delay} ms after the first write`);
      }
      const end = await done;
      expect(stderr).not.toMatch(/internal error/);
      const state = inspect(dir, files);
      log.push(`  -> ${end.signal ?? `exit ${end.code}`}: ${state.fixed} fixed, ${state.original} original, ${state.temps.length} temp files left${state.temps.length ? ` (${state.temps.join(', ')})` : ''}`);
      if (end.signal === 'SIGKILL' && state.original > 0) {
        expect(state.fixed).toBeGreaterThan(0); // it was killed after it started writing
        interrupted = { dir, state };
      } else {
        // the run finished before the kill: spread the next kill over the measured writing time
        expect(end.code).toBe(0);
        expect(state.fixed).toBe(files.length);
        window = Math.max(5, Math.floor((end.at - startedWriting) * 0.8));
      }
    }
    console.log(log.join('\n'));
    // the test has only checked something if one kill landed mid-way through the writes
    expect(interrupted).toBeDefined();

    // a second fix on the interrupted tree finishes the job
    const { dir } = interrupted!;
    const again = spawnSync(process.execPath, [BIN, 'fix', '--no-cache', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(again.stderr).not.toMatch(/internal error/);
    expect(again.status).toBe(0);
    const summary = /(\d+) files? scanned, (\d+) changed, \d+ edits?, (\d+) unresolved, (\d+) errors?\n$/.exec(again.stdout);
    expect(summary?.slice(1)).toEqual([files.length, interrupted!.state.original, 0, 0].map(String));
    const final = inspect(dir, files);
    expect(final.fixed).toBe(files.length);
    expect(final.temps).toEqual([]); // the second run removes the killed run's temp files and leaves none of its own
    expect(final.lock).toBe(false); // the killed run's lock was taken over, and released
  }, 60_000);
});
