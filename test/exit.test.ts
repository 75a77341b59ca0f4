import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENTRY, tree } from './helpers/cli';
import { generateTree, writeTree } from './helpers/gen-tree';

/**
 * Issue 9: the CLI always exits. The bin ends with process.exit after
 * flushing, so these tests check the two things that could still go wrong:
 * a run that leaves something alive (so a library caller would hang), and
 * output that is cut short by exiting (a large report on a pipe).
 */

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pypto-direction.js');
const MAIN = path.join(ROOT, 'dist', 'cli', 'main.js');
/** Enough generated modules for a JSON report of over 2 MB (about 2.5 kB each). */
const FILES = 900;

/**
 * Runs `main` in a fresh node process and returns the handles and requests
 * still active once it resolved (after one turn of the loop).
 */
function activeAfterMain(args: string[], cwd: string, input?: string): { code: number; active: string[]; stderr: string } {
  // stdout/stderr go to files: a pipe would itself be an active handle
  const report = path.join(cwd, '.handles.json');
  const errFile = path.join(cwd, '.stderr.txt');
  const script = `
    const { main } = require(${JSON.stringify(MAIN)});
    main(process.argv.slice(1)).then((code) => setImmediate(() => {
      require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ code, active: process.getActiveResourcesInfo() }));
      process.exit(0);
    }));`;
  const out = fs.openSync(path.join(cwd, '.stdout.txt'), 'w');
  const err = fs.openSync(errFile, 'w');
  fs.rmSync(report, { force: true });
  try {
    spawnSync(process.execPath, ['-e', script, ...args], {
      cwd,
      input: input ?? '',
      stdio: ['pipe', out, err],
      timeout: 60_000,
      env: { ...process.env, XDG_CACHE_HOME: path.join(cwd, '.cache') },
    });
  } finally {
    fs.closeSync(out);
    fs.closeSync(err);
  }
  const stderr = fs.readFileSync(errFile, 'utf8');
  if (!fs.existsSync(report)) throw new Error(`no report from the child: ${stderr.slice(-500)}`);
  const { code, active } = JSON.parse(fs.readFileSync(report, 'utf8'));
  return { code, active, stderr };
}

describe('nothing outlives a run', () => {
  const dir = tree({ 'entry.py': ENTRY, 'plain.py': 'x = 1\n', 'many/a.py': ENTRY.replace(/step/g, 'step_a'), 'many/b.py': ENTRY.replace(/step/g, 'step_b') });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases: Array<{ name: string; args: string[]; want: number; input?: string }> = [
    { name: 'check of an entry-less file', args: ['check', '--no-cache', 'plain.py'], want: 0 },
    { name: 'check with the cache', args: ['check', 'entry.py'], want: 1 },
    { name: 'fix --dry-run', args: ['fix', '--dry-run', '--no-cache', 'entry.py'], want: 1 },
    { name: 'explain --format json', args: ['explain', '--format', 'json', '--no-cache', '.'], want: 1 },
    { name: 'worker threads', args: ['check', '--no-cache', '--workers', '2', '.'], want: 1 },
    { name: 'stdin mode', args: ['check', '--no-cache', '--stdin-filename', 'entry.py', '-'], want: 1, input: ENTRY },
    { name: 'interactive review, answers piped', args: ['fix', '-i', '--allow-dirty', '--no-cache', 'entry.py'], want: 1, input: 'n\n' },
    { name: 'a missing path', args: ['check', 'no-such-file.py'], want: 2 },
    { name: 'a usage error', args: ['check', '--no-such-flag'], want: 2 },
  ];
  test.each(cases)('$name', ({ args, want, input }) => {
    const { code, active, stderr } = activeAfterMain(args, dir, input);
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(want);
    expect(active).toEqual([]);
  });
});

describe('a large report on a pipe', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-exit-'));
  writeTree(dir, generateTree(FILES, 0x5eed));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const sh = (cmd: string) => spawnSync('bash', ['-c', cmd], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 30 });
  const explain = `node ${JSON.stringify(BIN)} explain --format json --no-cache .`;

  test('arrives whole through cat', () => {
    const r = sh(`set -o pipefail; ${explain} 2>err.txt | cat > out.json; echo "status=\${PIPESTATUS[0]}"`);
    expect(r.stdout).toContain('status=1');
    const out = fs.readFileSync(path.join(dir, 'out.json'), 'utf8');
    expect(out.length).toBeGreaterThan(2 * 1024 * 1024);
    const report = JSON.parse(out);
    expect(report.files.length).toBe(FILES);
    expect(fs.readFileSync(path.join(dir, 'err.txt'), 'utf8')).toBe('');
  });

  test('through head -c: the reader gets its bytes and we still exit, quietly', () => {
    const full = fs.readFileSync(path.join(dir, 'out.json'));
    const r = sh(`${explain} 2>err2.txt | head -c 4096 > head.bin; echo "status=\${PIPESTATUS[0]}"`);
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.stdout).toMatch(/status=\d+/);
    expect(fs.readFileSync(path.join(dir, 'head.bin')).equals(full.subarray(0, 4096))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'err2.txt'), 'utf8')).not.toMatch(/internal error|Error:|at /);
  });
});
