import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENTRY, ENTRY_FIXED, tree } from './helpers/cli';
import { isWholeTreeFile } from '../src/run/tree-cache';

/**
 * A full disk, for real: a 96 KiB tmpfs is mounted and filled until a few
 * pages are left, and the real CLI runs on it. `fs.writeSync` then writes
 * only part of what it is asked (a short count, not an error) before
 * failing. Nothing may be lost: the file keeps its bytes, no temporary file
 * stays behind, the run says which file and exits 2. Needs `mount` (root);
 * elsewhere the tests are skipped with the reason printed.
 */

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pypto-direction.js');
const PAGE = 4096;

/** ENTRY padded with comments to about 30 KB: larger than what is left on the disk. */
const BIG = ENTRY + Array.from({ length: 420 }, (_, i) => `# padding line ${String(i).padStart(5, '0')} ${'y'.repeat(50)}\n`).join('');
const BIG_FIXED = ENTRY_FIXED + BIG.slice(ENTRY.length);

const mounts: string[] = [];

/** Mounts a fresh tmpfs of `kb` KiB; a string says why it cannot be. */
function mountTmpfs(kb = 96): string | { reason: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    fs.rmdirSync(dir);
    const err = e as { stderr?: Buffer; message: string };
    return { reason: (err.stderr?.toString().trim() || err.message).split('\n')[0] };
  }
  mounts.push(dir);
  return dir;
}

/** Fills the file system holding `dir` until only `bytes` are left. */
function fillLeaving(dir: string, bytes: number): void {
  const s = fs.statfsSync(dir);
  const free = s.bavail * s.bsize;
  if (free > bytes) fs.writeFileSync(path.join(dir, 'fill'), Buffer.alloc(free - bytes));
  const left = fs.statfsSync(dir);
  expect(left.bavail * left.bsize).toBe(bytes);
}

function cli(args: string[], cwd: string, stdout: 'pipe' | number = 'pipe', input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, stdio: ['pipe', stdout, 'pipe'], encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '' };
}

const probe = (() => {
  const m = mountTmpfs(16);
  if (typeof m !== 'string') return m.reason;
  execFileSync('umount', [m]);
  mounts.pop();
  fs.rmdirSync(m);
  return undefined;
})();
if (probe) console.log(`full-disk tests skipped: cannot mount a tmpfs (${probe})`);
const onTmpfs = probe ? test.skip : test;

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) execFileSync('npm', ['run', 'compile'], { cwd: ROOT, stdio: 'ignore' });
});

afterAll(() => {
  for (const m of mounts) {
    try {
      execFileSync('umount', [m]);
      fs.rmdirSync(m);
    } catch {
      // left for the system to clean
    }
  }
});

describe('a full disk', () => {
  onTmpfs('fix: the file keeps every byte, no temporary file stays, the error names the file, exit 2', () => {
    const disk = mountTmpfs() as string;
    fs.writeFileSync(path.join(disk, 'm.py'), BIG);
    fillLeaving(disk, PAGE);
    const r = cli(['fix', '--no-cache', 'm.py'], disk);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
    expect(r.out + r.err).toMatch(/^error: m\.py: cannot write \(ENOSPC\); left unchanged$/m);
    expect(r.out).toMatch(/0 changed, 0 edits, 0 unresolved, 1 error/);
    expect(fs.readFileSync(path.join(disk, 'm.py'), 'utf8')).toBe(BIG);
    expect(fs.readdirSync(disk).sort()).toEqual(['fill', 'm.py']);

    // with room again, the same run fixes the file: the failure above was the disk's
    fs.rmSync(path.join(disk, 'fill'));
    const again = cli(['fix', '--no-cache', 'm.py'], disk);
    expect(again.code).toBe(0);
    expect(fs.readFileSync(path.join(disk, 'm.py'), 'utf8')).toBe(BIG_FIXED);
    expect(fs.readdirSync(disk)).toEqual(['m.py']);
  });

  onTmpfs('a full cache directory: the run goes on with the right answer and leaves no partial entry', () => {
    const disk = mountTmpfs() as string;
    const dir = tree({ 'a.py': BIG, 'b.py': BIG.replace(/step/g, 'other'), 'c.py': ENTRY.replace(/step/g, 'third') });
    const cacheDir = path.join(disk, 'cache');
    fillLeaving(disk, 2 * PAGE);
    const cold = cli(['check', '--no-cache', '.'], dir);
    expect(cold.code).toBe(1);
    expect(cold.out).toMatch(/3 files scanned, 3 to change, 3 edits/);

    const full = cli(['check', '--cache-dir', cacheDir, '.'], dir);
    expect(full.err).toBe('');
    expect([full.code, full.out]).toEqual([cold.code, cold.out]);
    // whatever is in the cache directory is complete: no temporary file, every entry whole
    const left = listFiles(cacheDir);
    expect(left.filter((f) => !/(^|\/)\.gitignore$|\.json$|^trees\/[0-9a-f]+\.tree$/.test(f))).toEqual([]);
    for (const f of left.filter((f) => f.endsWith('.json'))) expect(entryIsWhole(path.join(cacheDir, f))).toBe(true);
    for (const f of left.filter((f) => f.endsWith('.tree'))) expect(isWholeTreeFile(path.join(cacheDir, f))).toBe(true);

    // room again: a run stores entries, and the runs after it answer as the cold run did
    fs.rmSync(path.join(disk, 'fill'));
    for (let i = 0; i < 2; i++) expect(cli(['check', '--cache-dir', cacheDir, '.'], dir)).toEqual({ ...cold, err: '' });
    expect(listFiles(cacheDir).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
  });

  onTmpfs('fix --stdin-filename with its output on a full disk fails loudly; with room the output is whole', () => {
    const disk = mountTmpfs() as string;
    const dir = tree({ 'm.py': BIG });
    fillLeaving(disk, PAGE);
    const out = path.join(disk, 'out.py');
    const fd = fs.openSync(out, 'w');
    let r: ReturnType<typeof cli>;
    try {
      r = cli(['fix', '--no-cache', '--stdin-filename', 'm.py', '-'], dir, fd, BIG);
    } finally {
      fs.closeSync(fd);
    }
    expect(r.err).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([`error: ${out}: cannot write standard output (ENOSPC); the output is incomplete`]);

    fs.rmSync(path.join(disk, 'fill'));
    const fd2 = fs.openSync(out, 'w');
    try {
      r = cli(['fix', '--no-cache', '--stdin-filename', 'm.py', '-'], dir, fd2, BIG);
    } finally {
      fs.closeSync(fd2);
    }
    expect(r.code).toBe(1); // like a formatter: the fix is pending in the file it came from
    expect(fs.readFileSync(out, 'utf8')).toBe(BIG_FIXED);
    expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).toBe(BIG);
  });
});

/** Files under a directory, relative, `/`-separated. */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).map((f) => f.split(path.sep).join('/'));
}

/** Whether a cache entry file is as its writer made it: its first line is the sha256 of the rest, which is JSON. */
function entryIsWhole(file: string): boolean {
  const text = fs.readFileSync(file, 'utf8');
  const nl = text.indexOf('\n');
  const json = text.slice(nl + 1);
  const hash = require('crypto').createHash('sha256').update(json).digest('hex');
  return nl > 0 && text.slice(0, nl) === hash && JSON.parse(json) !== undefined;
}

describe('standard output on a device that refuses every write', () => {
  const devFull = fs.existsSync('/dev/full') ? test : test.skip;
  devFull('check > /dev/full: one line naming it, exit 2, no stack trace', () => {
    const dir = tree({ 'm.py': ENTRY });
    const fd = fs.openSync('/dev/full', 'w');
    let r: ReturnType<typeof cli>;
    try {
      r = cli(['check', '--no-cache', 'm.py'], dir, fd);
    } finally {
      fs.closeSync(fd);
    }
    expect(r.err).toBe('error: /dev/full: cannot write standard output (ENOSPC); the output is incomplete\n');
    expect(r.code).toBe(2);
  });
});
