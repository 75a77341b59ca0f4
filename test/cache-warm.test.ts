import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { explanationOnly, AGREEMENT_KINDS, LOUD_WARNING_KINDS, PENDING_KINDS, WARNING_KINDS, type Finding } from '../src/decide/findings';
import { tierOfFinding } from '../src/report/select';
import { FileHashes, readEntry, ResultCache, statKey } from '../src/run/cache';
import { analyzeFiles } from '../src/run/pipeline';
import { ENTRY } from './helpers/cli';

const ROOT = path.resolve(__dirname, '..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-warm-'));
const readOrUndefined = (f: string) => {
  try {
    return fs.readFileSync(f);
  } catch {
    return undefined;
  }
};
const anyEntry = (v: unknown): v is { stats?: Record<string, string> } => typeof v === 'object' && v !== null;

describe('brief cache entries (explanation-only findings in a body file)', () => {
  test('explanationOnly is exactly the explanation tier, withheld fixes aside', () => {
    const kinds = ['ok', 'era', 'not-linked', 'suppressed', ...PENDING_KINDS, ...AGREEMENT_KINDS, ...WARNING_KINDS, ...LOUD_WARNING_KINDS];
    for (const kind of kinds) {
      for (const extra of [{}, { applicability: 'safe' }, { applicability: 'unsafe', withheld: true }]) {
        const f = { kind, path: 'a.py', line: 1, column: 1, ...extra } as unknown as Finding;
        expect([kind, extra, explanationOnly(f)]).toEqual([kind, extra, tierOfFinding(f) === 'explanation' && !f.withheld]);
      }
    }
  });

  test('a brief hit leaves out only explanation-only findings; a full hit needs the body written with the entry', async () => {
    const dir = tmp();
    const file = path.join(dir, 'm.py');
    fs.writeFileSync(file, ENTRY);
    const cacheDir = path.join(dir, 'cache');
    const cold = await analyzeFiles([file], { cacheDir });
    expect(cold.files[0].findings.some(explanationOnly)).toBe(true);
    const body = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.body'));
    expect(body).toHaveLength(1);
    const brief = await analyzeFiles([file], { cacheDir, explanations: false });
    expect(brief.work?.filesParsed).toBe(0);
    expect(brief.files[0].findings).toEqual(cold.files[0].findings.filter((f) => !explanationOnly(f)));
    expect(brief.files[0].output).toEqual(cold.files[0].output);
    expect(brief.files[0].fixes.map((x) => x.finding.kind)).toEqual(cold.files[0].fixes.map((x) => x.finding.kind));
    const full = await analyzeFiles([file], { cacheDir });
    expect(full.files[0].findings).toEqual(cold.files[0].findings);
    // a body that is not the one the entry names is a miss (the run is cold again, with the same answer)
    fs.writeFileSync(path.join(cacheDir, body[0]), fs.readFileSync(path.join(cacheDir, body[0]), 'utf8').replace(/^[0-9a-f]{64}/, '0'.repeat(64)));
    const again = await analyzeFiles([file], { cacheDir });
    expect(again.files[0].findings).toEqual(cold.files[0].findings);
  });
});

describe('stat memo (racy-clean rule)', () => {
  function stored(racyMs: number) {
    const dir = tmp();
    const file = path.join(dir, 'a.py');
    fs.writeFileSync(file, 'x = 1\n');
    fs.utimesSync(file, 1_000_000_000, 1_000_000_000); // a whole second: restored exactly below
    const cache = new ResultCache(path.join(dir, 'cache'));
    const hashes = new FileHashes(readOrUndefined, statKey, racyMs);
    const hash = hashes.hash(file)!;
    cache.store('k', { files: [{ path: file, findings: [], edits: [], fixes: [] }] }, new Map([[file, hash]]), true, hashes);
    const entry = readEntry(path.join(dir, 'cache', 'k.json'), anyEntry)!;
    return { file, cache, entry };
  }
  const noRead = () => {
    throw new Error('read');
  };

  test('a file changed just before the entry was written has no stat stored: it is always hashed', () => {
    const { file, cache, entry } = stored(2000);
    expect(entry.stats?.[file]).toBeUndefined();
    expect(() => cache.lookup('k', new FileHashes(noRead, statKey), [file])).toThrow('read');
  });

  test('a trusted stat skips the read; the same size and mtime with new content is still seen', async () => {
    // racy margin off: the stat alone must tell (ctime), as it does for a file last changed long before
    const { file, cache, entry } = stored(-1e15);
    expect(entry.stats?.[file]).toBe(statKey(file));
    expect(cache.lookup('k', new FileHashes(noRead, statKey, -1e15), [file])).toBeDefined();
    await new Promise((r) => setTimeout(r, 50)); // past the kernel's coarse timestamp tick
    const before = fs.statSync(file, { bigint: true });
    fs.writeFileSync(file, 'x = 2\n');
    fs.utimesSync(file, 1_000_000_000, 1_000_000_000);
    const after = fs.statSync(file, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    expect(cache.lookup('k', new FileHashes(readOrUndefined, statKey, -1e15), [file])).toBeUndefined();
  });

  test('an overridden file (stdin, an editor buffer) is never trusted by its stat', async () => {
    const dir = tmp();
    const file = path.join(dir, 'm.py');
    fs.writeFileSync(file, ENTRY);
    const cacheDir = path.join(dir, 'cache');
    const overrides = new Map([[file, Buffer.from(ENTRY.replace('is_output=True', 'init_value=1.0, is_output=True'))]]);
    const a = await analyzeFiles([file], { cacheDir, overrides });
    const b = await analyzeFiles([file], { cacheDir });
    expect(a.files[0].output).toContain('y: pl.InOut[');
    expect(b.files[0].output).toContain('y: pl.Out[');
  });
});

test('a warm cache hit of the CLI parses nothing and loads neither the grammar nor the analyzer', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'm.py'), ENTRY);
  const cacheDir = path.join(dir, 'cache');
  const bin = path.join(ROOT, 'bin', 'pypto-direction.js');
  const cold = spawnSync(process.execPath, [bin, 'check', dir, '--cache-dir', cacheDir], { encoding: 'utf8' });
  expect(cold.status).toBe(1);
  const probe = `
    const { main } = require(${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'main'))});
    let err = '';
    const io = { stdout: { write() {} }, stderr: { write: (s) => (err += s) }, env: {}, cwd: ${JSON.stringify(dir)} };
    main(['check', '.', '--cache-dir', ${JSON.stringify(cacheDir)}, '--work-counts'], io).then((code) => {
      const loaded = Object.keys(require.cache).filter((k) => /web-tree-sitter|analyze-group/.test(k)).map((k) => path.basename(k));
      console.log(JSON.stringify({ code, loaded, err }));
      process.exit(0);
    });`;
  const warm = spawnSync(process.execPath, ['-e', `const path = require('path');${probe}`], { encoding: 'utf8' });
  const out = JSON.parse(warm.stdout);
  expect(out.code).toBe(1);
  expect(out.loaded).toEqual([]);
  expect(out.err).toMatch(/"filesParsed":0/);
});
