import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readEntry, writeEntry } from '../src/run/cache';
import { main } from '../src/cli/main';
import { ENTRY, tree } from './helpers/cli';

/**
 * A damaged cache is a cache miss, never a wrong answer nor a crash: an
 * entry that is valid JSON but says nothing about the files asked for (once
 * a false pass), items of the wrong shape (once an internal error), an
 * unusable cache directory (once a spin at 100% CPU).
 */

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pypto-direction.js');

/** Three files, each with one pending edit, and a cache directory beside them. */
function setup() {
  const dir = tree({ 'a.py': ENTRY, 'b.py': ENTRY.replace(/step/g, 'other'), 'c.py': ENTRY.replace(/step/g, 'third') });
  return { dir, cacheDir: path.join(dir, '.cache') };
}

async function check(dir: string, cacheDir: string) {
  let out = '';
  let err = '';
  const code = await main(['check', '--cache-dir', cacheDir, '.'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: {}, cwd: dir });
  return { code, out, err };
}

/** The entry files of one level of the cache (whole-run entries, or `groups/`). */
const entries = (d: string) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => path.join(d, f)) : []);

const anything = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Rewrites every entry of a cache level, sealed as the tool writes entries (only the shape check can refuse them). */
function reseal(d: string, change: (entry: Record<string, unknown>) => void): number {
  const files = entries(d);
  for (const f of files) {
    const e = readEntry(f, anything)!;
    expect(e).toBeDefined();
    change(e);
    expect(writeEntry(f, e)).toBe(true);
  }
  return files.length;
}

describe('damaged cache entries are misses', () => {
  const expected = /3 files scanned, 3 to change, 3 edits, 0 unresolved, 0 errors/;

  test.each([
    ['"files": [] does not pass a folder with pending edits', []],
    ['an item of the wrong shape is no internal error', [{}]],
  ])('an entry rewritten as plain valid JSON: %s', async (_, files) => {
    const { dir, cacheDir } = setup();
    expect((await check(dir, cacheDir)).out).toMatch(expected);
    // everything else as it was written (format, build, hashes): only `files` differs
    const all = [...entries(cacheDir), ...entries(path.join(cacheDir, 'groups'))];
    for (const f of all) {
      const text = fs.readFileSync(f, 'utf8');
      fs.writeFileSync(f, JSON.stringify({ ...JSON.parse(text.slice(text.indexOf('{'))), files }));
    }
    const r = await check(dir, cacheDir);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.out).toMatch(expected);
    expect(r.code).toBe(1);
  });

  test('an intact entry about no files, or about other files, is not used', async () => {
    const { dir, cacheDir } = setup();
    await check(dir, cacheDir);
    expect(reseal(cacheDir, (e) => (e.files = []))).toBe(1);
    expect(await check(dir, cacheDir)).toMatchObject({ code: 1, out: expect.stringMatching(expected) });
    expect(reseal(cacheDir, (e) => (e.files = (e.files as Array<{ path: string }>).map((f) => ({ ...f, path: f.path.replace('a.py', 'z.py') }))))).toBe(1);
    expect(await check(dir, cacheDir)).toMatchObject({ code: 1, out: expect.stringMatching(expected) });
  });

  test('an entry whose hashes leave out a file it answers for is not used (that file could change unseen)', async () => {
    const { dir, cacheDir } = setup();
    await check(dir, cacheDir);
    expect(reseal(cacheDir, (e) => delete (e.deps as Record<string, string>)[path.resolve(dir, 'a.py')])).toBe(1);
    fs.rmSync(path.join(cacheDir, 'groups'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.py'), ENTRY.replace('is_output=True', 'init_value=1.0, is_output=True'));
    const r = await check(dir, cacheDir);
    expect(r.out).toMatch(/^a\.py:6:38: fix step\.y should be InOut/m);
  });

  test.each([
    ['an empty object', (e: Record<string, unknown>) => (e.files = [{}])],
    ['a file without findings', (e: Record<string, unknown>) => (e.files = (e.files as object[]).map((f) => ({ ...f, findings: undefined })))],
    ['a fix pointing past its findings', (e: Record<string, unknown>) => (e.files = (e.files as object[]).map((f) => ({ ...f, fixes: [{ finding: 99, edits: [] }] })))],
    ['an edit past the end of the file', (e: Record<string, unknown>) => (e.files = (e.files as object[]).map((f) => ({ ...f, edits: [{ start: 0, end: 1_000_000, text: '' }] })))],
    ['an edit that ends before it starts', (e: Record<string, unknown>) => (e.files = (e.files as object[]).map((f) => ({ ...f, edits: [{ start: 5, end: 2, text: '' }] })))],
    ['a finding without a kind', (e: Record<string, unknown>) => (e.files = (e.files as Array<{ findings: object[] }>).map((f) => ({ ...f, findings: f.findings.map((x) => ({ ...x, kind: 7 })) })))],
    ['hashes that are not strings', (e: Record<string, unknown>) => (e.deps = Object.fromEntries(Object.keys(e.deps as object).map((k) => [k, 1])))],
  ])('%s: a miss, not an internal error (whole-run and group entries)', async (_, damage) => {
    const { dir, cacheDir } = setup();
    await check(dir, cacheDir);
    expect(reseal(cacheDir, damage)).toBe(1);
    expect(reseal(path.join(cacheDir, 'groups'), damage)).toBeGreaterThan(0);
    const r = await check(dir, cacheDir);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.out).toMatch(expected);
    expect(r.code).toBe(1);
  });

  test('an entry changed after it was written (its hash line no longer matches) is not used', async () => {
    const { dir, cacheDir } = setup();
    await check(dir, cacheDir);
    for (const f of [...entries(cacheDir), ...entries(path.join(cacheDir, 'groups'))]) {
      // same length, still valid JSON: an edit moved by one character
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/"start":(\d)/g, (_, d) => `"start":${(Number(d) + 1) % 10}`));
    }
    const r = await check(dir, cacheDir);
    expect(r.out).toMatch(expected);
    expect(r.err).toBe('');
  });

  test('group entries with "files": [] do not hide the files of their group', async () => {
    const { dir, cacheDir } = setup();
    await check(dir, cacheDir);
    for (const f of entries(cacheDir)) fs.rmSync(f); // only the group entries answer now
    expect(reseal(path.join(cacheDir, 'groups'), (e) => (e.files = []))).toBeGreaterThan(0);
    const r = await check(dir, cacheDir);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.out).toMatch(expected);
  });
});

describe('an unusable cache directory', () => {
  test.each([
    ['/proc/nope', '/proc/nope'],
    ['a file', 'a.py/cache'],
  ])('%s: one warning, the run goes on without the cache (a child process, so a hang cannot hang the tests)', (_, where) => {
    if (where.startsWith('/proc') && !fs.existsSync('/proc/self')) return console.log('no /proc here: skipped');
    const { dir } = setup();
    const r = spawnSync(process.execPath, [BIN, 'check', '--cache-dir', where, '.'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/3 files scanned, 3 to change/);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^warning: cache directory \S+ cannot be used \(\w+\); running without the cache$/)]);
  });
});
