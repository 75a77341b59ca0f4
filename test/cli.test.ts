import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../src/cli/main';
import { ENTRY, io, tree } from './helpers/cli';




describe('CLI (in-process)', () => {
  test('check reports pending edits and exits 1 without writing', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const t = io(dir);
    expect(await main(['check', dir], t.sink)).toBe(1);
    expect(t.out()).toMatch(/m\.py:6:\d+: fix step\.y should be Out/);
    expect(t.out()).toMatch(/1 file scanned, 1 to change, 1 edit, 0 unresolved, 0 errors/);
    expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).toBe(ENTRY);
  });

  test('--work-counts prints the run\'s work counts as one JSON line on stderr, and only then', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const t = io(dir);
    expect(await main(['check', '--no-cache', '--work-counts', dir], t.sink)).toBe(1);
    const line = t.err().split('\n').find((l) => l.startsWith('work counts: '))!;
    expect(JSON.parse(line.slice('work counts: '.length))).toMatchObject({ groups: 1, filesParsed: 2, regions: 1 }); // parsed, then parsed again to check its edit
    const plain = io(dir);
    await main(['check', '--no-cache', dir], plain.sink);
    expect(plain.err()).not.toContain('work counts');
  });

  test('fix --dry-run prints a diff, writes nothing, exits 1', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const t = io(dir);
    expect(await main(['fix', '--dry-run', dir], t.sink)).toBe(1);
    expect(t.out()).toContain('+def step(x: pl.Tensor[[4], pl.FP32], y: pl.Out[pl.Tensor[[4], pl.FP32]]):');
    expect(t.out()).not.toContain('\x1b['); // no colour off a terminal
    expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).toBe(ENTRY);
  });

  test('fix writes, keeps the file mode, and a second run is clean', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const file = path.join(dir, 'm.py');
    fs.chmodSync(file, 0o640);
    expect(await main(['fix', dir], io(dir).sink)).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('y: pl.Out[pl.Tensor[[4], pl.FP32]]');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    const again = io(dir);
    expect(await main(['check', dir], again.sink)).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['m.py']); // no temporary files left behind
  });

  test('explain --format json gives one versioned object', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const t = io(dir);
    await main(['explain', '--format', 'json', dir], t.sink);
    const report = JSON.parse(t.out());
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ filesScanned: 1, filesChanged: 1, edits: 1, unresolved: 0, hiddenFixes: 0, errors: 0 });
    const y = report.files[0].findings.find((f: { param: string }) => f.param === 'y');
    expect(y).toMatchObject({ entry: 'step', from: 'In', to: 'Out', status: 'fix' });
    expect(y.evidence.map((e: { role: string }) => e.role)).toEqual(['spec', 'harness']);
  });

  test('a file that does not parse is reported by name, never edited; the others are fixed; exit 2', async () => {
    const broken = 'import pypto.language as pl\ndef f(:\n';
    const dir = tree({ 'a.py': ENTRY, 'b.py': broken });
    const t = io(dir);
    expect(await main(['fix', dir], t.sink)).toBe(2);
    expect(t.out()).toMatch(/error: b\.py:2:\d+: (syntax error|missing \)); file not analyzed/);
    expect(t.out()).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(fs.readFileSync(path.join(dir, 'b.py'), 'utf8')).toBe(broken);
    expect(fs.readFileSync(path.join(dir, 'a.py'), 'utf8')).toContain('pl.Out[');
  });

  test('binary and non-UTF-8 files get a one-line error', async () => {
    const dir = tree({ 'bin.py': Buffer.from([0x69, 0x00, 0x01]), 'latin.py': Buffer.from([0x23, 0xe9, 0x0a]) });
    const t = io(dir);
    expect(await main(['check', dir], t.sink)).toBe(2);
    expect(t.out()).toMatch(/error: bin\.py: contains NUL bytes/);
    expect(t.out()).toMatch(/error: latin\.py: is not valid UTF-8/);
  });

  test('usage errors exit 2 with a hint; --help exits 0', async () => {
    const t = io(os.tmpdir());
    expect(await main(['frobnicate'], t.sink)).toBe(2);
    expect(t.err()).toMatch(/error: .*\n\(run 'pypto-direction --help' for usage\)/);
    const h = io(os.tmpdir());
    expect(await main(['--help'], h.sink)).toBe(0);
    expect(h.out()).toMatch(/fix \[paths\.\.\]/);
    const missing = io(os.tmpdir());
    expect(await main(['check', '/definitely/not/here'], missing.sink)).toBe(2);
    expect(missing.out()).toMatch(/error: \/definitely\/not\/here: no such file or directory/);
  });

  test('.gitignore is honoured when walking directories', async () => {
    const dir = tree({ '.gitignore': 'skipped/\n', 'skipped/m.py': ENTRY, 'kept/m.py': ENTRY });
    const t = io(dir);
    await main(['check', dir], t.sink);
    expect(t.out()).toMatch(/1 file scanned/);
    const all = io(dir);
    await main(['check', '--no-respect-gitignore', dir], all.sink);
    expect(all.out()).toMatch(/2 files scanned/);
  });

  test('.gitignore layers: a nested file matches relative to its own folder, a parent one up to the repository root', async () => {
    const root = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'gen_*.py\n',
      'pkg/.gitignore': '/local.py\nsub/deep/\n',
      'pkg/local.py': ENTRY, // ignored by pkg/.gitignore (anchored to pkg/)
      'pkg/sub/local.py': ENTRY, // kept: the anchored pattern is pkg/local.py only
      'pkg/sub/deep/m.py': ENTRY, // ignored: sub/deep/ is relative to pkg/
      'pkg/gen_x.py': ENTRY, // ignored by the repository root's .gitignore
      'pkg/kept.py': ENTRY,
    });
    const t = io(root);
    await main(['check', '--no-cache', path.join(root, 'pkg')], t.sink);
    expect(t.out()).toMatch(/2 files scanned/);
    expect(t.out()).toContain('kept.py');
    expect(t.out()).toContain(path.join('sub', 'local.py'));
    expect(t.out()).not.toMatch(/deep|gen_x/);
  });
});

describe('evidence-conflict', () => {
  const src = fs.readFileSync(path.join(__dirname, 'fixtures', 'eval-evidence-conflict', 'input.py'), 'utf8');

  test('is shown by check without --verbose and does not count as pending', async () => {
    const dir = tree({ 'm.py': src });
    const t = io(dir);
    expect(await main(['check', dir], t.sink)).toBe(1); // the edits are pending, not the conflict
    expect(t.out()).toMatch(/evidence-conflict layer\.cmp: .* says InOut/);
    // the conflict itself is not pending; the #1019 disagreement cmp's fix would cause is (fix-breaks-abi)
    expect(t.out()).toMatch(/fix-breaks-abi layer\.cmp: fix makes it InOut \(was In\)/);
    expect(t.out()).toMatch(/2 edits, 1 unresolved/);
  });

  test('is not reported with --evidence final, which makes no edit for cmp', async () => {
    const dir = tree({ 'm.py': src });
    const t = io(dir);
    await main(['check', '--evidence', 'final', dir], t.sink);
    expect(t.out()).not.toContain('evidence-conflict');
    expect(t.out()).not.toMatch(/fix layer\.cmp/);
  });
});
