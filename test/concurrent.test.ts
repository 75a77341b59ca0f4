import { ChildProcess, execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GenFile, generateTree, listFiles, writeTree } from './helpers/gen-tree';

/**
 * Two real `fix` processes on one tree, and the leftovers of a killed one.
 * A second run waits for the first (an advisory lock per tree, from before
 * it reads until it has written), then reads what the first wrote: no file
 * is counted twice, no write is refused as "changed on disk". Temporary
 * files of killed runs are removed by the next run that writes there.
 */

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pypto-direction.js');
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };

const roots: string[] = [];
function tempDir(tag: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `pypto-direction-${tag}-`));
  roots.push(d);
  return d;
}

interface Child {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  done: Promise<number | null>;
}

function start(args: string[], cwd: string): Child {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const done = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, done };
}

/** Waits until `cond` holds, or `ms` pass (then false). */
async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

function counts(tree: string, files: GenFile[]) {
  let original = 0;
  let fixed = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(tree, f.rel));
    if (bytes.equals(f.original)) original++;
    else if (bytes.equals(f.fixed)) fixed++;
  }
  return { original, fixed };
}

/** `N changed` of a fix summary line. */
const changed = (out: string) => Number(/(\d+) changed,/.exec(out)?.[1] ?? NaN);

let files: GenFile[];
beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) execFileSync('npm', ['run', 'compile'], { cwd: ROOT, stdio: 'ignore' });
  files = generateTree(24, 0x5eed);
});
afterAll(() => {
  for (const d of roots) fs.rmSync(d, { recursive: true, force: true });
});

describe('two fix runs on one tree', () => {
  test('the second waits while the first holds the tree (here: in interactive review), then finds nothing left to do', async () => {
    const dir = tempDir('lock');
    writeTree(dir, files);
    const first = start(['fix', '--no-cache', '--interactive', '.'], dir);
    try {
      expect(await until(() => first.err().includes('Apply this edit?'), 60_000)).toBe(true);
      const second = start(['fix', '--no-cache', '.'], dir);
      let secondEnded = false;
      void second.done.then(() => (secondEnded = true));
      // the second says why it waits, and writes nothing while the first reviews
      expect(await until(() => second.err().includes('waiting for another pypto-direction run') || secondEnded, 60_000)).toBe(true);
      expect(second.err()).toMatch(new RegExp(`^waiting for another pypto-direction run \\(pid ${first.child.pid}\\) to finish with this tree \\(lock .*\\.pypto-direction\\.lock\\)$`, 'm'));
      await new Promise((r) => setTimeout(r, 500));
      expect(secondEnded).toBe(false);
      expect(counts(dir, files)).toEqual({ original: files.length, fixed: 0 });

      first.child.stdin!.end('a\n'); // accept all: the first writes every file and ends
      expect(await first.done).toBe(0);
      expect(changed(first.out())).toBe(files.length);
      expect(await second.done).toBe(0);
      expect(second.out()).toMatch(new RegExp(`${files.length} files scanned, 0 changed, 0 edits, 0 unresolved, 0 errors`));
      expect(counts(dir, files)).toEqual({ original: 0, fixed: files.length });
      expect(listFiles(dir).filter((f) => !f.endsWith('.py'))).toEqual([]); // the lock is gone with its runs
    } finally {
      first.child.kill('SIGKILL');
    }
  }, 180_000);

  test.each([
    ['the outer folder first, then a folder inside it', 'outer'],
    ['a folder inside first, then the outer folder', 'inner'],
  ])('nested folders outside git (%s): the second waits, then reads what the first wrote; no error', async (_, firstOn) => {
    const dir = tempDir('nested');
    writeTree(dir, files);
    const sub = files[0].rel.split('/')[0];
    const inSub = files.filter((f) => f.rel.startsWith(`${sub}/`));
    const first = start(['fix', '--no-cache', '--interactive', firstOn === 'outer' ? '.' : sub], dir);
    try {
      expect(await until(() => first.err().includes('Apply this edit?'), 60_000)).toBe(true);
      const second = start(['fix', '--no-cache', firstOn === 'outer' ? sub : '.'], dir);
      let secondEnded = false;
      void second.done.then(() => (secondEnded = true));
      expect(await until(() => second.err().includes('waiting for another pypto-direction run') || secondEnded, 60_000)).toBe(true);
      await new Promise((r) => setTimeout(r, 500));
      expect({ secondEnded, err: second.err() }).toEqual({ secondEnded: false, err: expect.stringMatching(new RegExp(`^waiting for another pypto-direction run \\(pid ${first.child.pid}\\)`, 'm')) });
      expect(counts(dir, files)).toEqual({ original: files.length, fixed: 0 });

      first.child.stdin!.end('a\n');
      expect(await first.done).toBe(0);
      const secondCode = await second.done;
      const report = second.out() + second.err();
      expect({ secondCode, report }).toEqual({ secondCode: 0, report: expect.not.stringMatching(/^error|changed on disk|internal error/m) });
      // the second wrote only what the first left: every file fixed once
      expect(changed(first.out()) + changed(second.out())).toBe(files.length);
      expect(changed(first.out())).toBe(firstOn === 'outer' ? files.length : inSub.length);
      expect(counts(dir, files)).toEqual({ original: 0, fixed: files.length });
      expect(listFiles(dir).filter((f) => !f.endsWith('.py'))).toEqual([]);
    } finally {
      first.child.kill('SIGKILL');
    }
  }, 180_000);

  test('started together in a git work tree: every file fixed once in all, no error (the lock lives in .git)', async () => {
    const dir = tempDir('git');
    writeTree(dir, files);
    execFileSync('git', ['init', '-q', '.'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync('git', ['commit', '-qm', 'tree'], { cwd: dir, env: GIT_ENV });
    const runs = [start(['fix', '--no-cache', '.'], dir), start(['fix', '--no-cache', '.'], dir)];
    const codes = await Promise.all(runs.map((r) => r.done));
    const report = runs.map((r) => r.out() + r.err()).join('\n---\n');
    expect({ codes, report }).toEqual({ codes: [0, 0], report: expect.not.stringMatching(/^error|internal error/m) });
    expect(runs.map((r) => changed(r.out())).sort()).toEqual([0, files.length]);
    expect(counts(dir, files)).toEqual({ original: 0, fixed: files.length });
    expect(fs.existsSync(path.join(dir, '.git', 'pypto-direction.lock'))).toBe(false);
  }, 180_000);

  test.each([
    ['a killed run', () => `${deadPid()}\n\n`],
    ['a killed run whose id now names another process (its start time differs)', () => `${process.pid}\n1\n`],
  ])('the lock of %s is taken over', (_, lock) => {
    if (lock().endsWith('\n1\n') && !fs.existsSync('/proc/self/stat')) return console.log('no /proc: start times unknown, skipped');
    const dir = tempDir('stale-lock');
    writeTree(dir, files.slice(0, 2));
    fs.writeFileSync(path.join(dir, '.pypto-direction.lock'), lock());
    const r = spawnSync(process.execPath, [BIN, 'fix', '--no-cache', '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(counts(dir, files.slice(0, 2))).toEqual({ original: 0, fixed: 2 });
    expect(fs.existsSync(path.join(dir, '.pypto-direction.lock'))).toBe(false);
  }, 60_000);
});

/** The id of a process that has just ended. */
function deadPid(): number {
  const p = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(p.stdout);
}

describe('temporary files of killed runs', () => {
  test('fix removes those of dead processes beside the files it may write, and keeps those of live ones', () => {
    const dir = tempDir('temps');
    writeTree(dir, files.slice(0, 3));
    const sub = path.dirname(path.join(dir, files[0].rel));
    const name = path.basename(files[0].rel);
    const dead = deadPid();
    const stale = path.join(sub, `.${name}.${dead}.k2j4.pypto-direction.tmp`);
    const live = path.join(sub, `.${name}.${process.pid}.k2j4.pypto-direction.tmp`);
    const unrelated = path.join(sub, `.${name}.${dead}.notes`);
    for (const f of [stale, live, unrelated]) fs.writeFileSync(f, files[0].fixed.subarray(0, 100));

    // check and dry runs write nothing: they leave them
    expect(spawnSync(process.execPath, [BIN, 'check', '--no-cache', '.'], { cwd: dir }).status).toBe(1);
    expect(spawnSync(process.execPath, [BIN, 'fix', '--dry-run', '--no-cache', '.'], { cwd: dir }).status).toBe(1);
    expect([stale, live, unrelated].map((f) => fs.existsSync(f))).toEqual([true, true, true]);

    const r = spawnSync(process.execPath, [BIN, 'fix', '--no-cache', '.'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect([stale, live, unrelated].map((f) => fs.existsSync(f))).toEqual([false, true, true]);
  }, 60_000);
});
