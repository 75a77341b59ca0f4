import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { LspClient, uriOf } from './helpers/lsp-client';

/**
 * The adversarial set (test/adversarial/*.py): each file states its bound
 * (wall time, peak RSS), exit code and expected output in its header, and
 * runs through the real CLI (dist/) and the real language server. Before the
 * evaluator bounded what it builds, doubling builders killed both.
 */

const DIR = path.join(__dirname, 'adversarial');
const BIN = path.join(__dirname, '..', 'bin', 'pypto-direction.js');
const RSS = path.join(__dirname, 'helpers', 'report-rss.js');

interface Case {
  name: string;
  seconds: number;
  mb: number;
  exit: number;
  expects: RegExp[];
  args: string[];
}

function readCase(name: string): Case {
  const header = fs.readFileSync(path.join(DIR, name), 'utf8').split('\n').filter((l) => l.startsWith('# '));
  const field = (key: string) => header.filter((l) => l.startsWith(`# ${key}:`)).map((l) => l.slice(key.length + 3).trim());
  const [bound] = field('bound');
  const m = /^(\d+) s, (\d+) MB$/.exec(bound ?? '');
  if (!m) throw new Error(`${name}: no "# bound: S s, M MB" line`);
  const [exit] = field('exit');
  if (exit === undefined) throw new Error(`${name}: no "# exit: N" line`);
  return { name, seconds: Number(m[1]), mb: Number(m[2]), exit: Number(exit), expects: field('expect').map((r) => new RegExp(r)), args: field('args').flatMap((a) => a.split(/\s+/)) };
}

const CASES = fs.readdirSync(DIR).filter((f) => f.endsWith('.py')).sort().map(readCase);

/** Runs `check --no-cache` on one file; kills it past `seconds`. */
function check(c: Case, cwd: string): Promise<{ code: number | null; signal: string | null; out: string; ms: number; rssMb: number }> {
  const rssFile = path.join(cwd, `${c.name}.rss`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', RSS, BIN, 'check', '--no-cache', '--color', 'never', ...c.args, c.name], {
      cwd,
      env: { ...process.env, PYPTO_TEST_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), c.seconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const rssKb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : Infinity;
      resolve({ code, signal, out, ms: Date.now() - started, rssMb: rssKb / 1024 });
    });
  });
}

describe('adversarial builders: bounded time and memory, named reasons, no crash', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-adversarial-'));
    for (const c of CASES) fs.copyFileSync(path.join(DIR, c.name), path.join(tmp, c.name));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('the set is not empty and every case states its bound', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
    for (const c of CASES) expect(c.expects.length).toBeGreaterThan(0);
  });

  for (const c of CASES) {
    test(`${c.name}: exit ${c.exit} within ${c.seconds} s and ${c.mb} MB`, async () => {
      const r = await check(c, tmp);
      expect({ signal: r.signal, code: r.code }).toEqual({ signal: null, code: c.exit });
      for (const re of c.expects) expect(r.out).toMatch(re);
      // JavaScript's own messages never reach a reason
      expect(r.out).not.toMatch(/Invalid (string|array) length|Maximum call stack|internal error/);
      expect(r.ms).toBeLessThan(c.seconds * 1000);
      expect(r.rssMb).toBeLessThan(c.mb);
    }, (c.seconds + 30) * 1000);
  }
});

describe('the language server stays up on adversarial files', () => {
  let tmp: string;
  let client: LspClient;
  afterEach(() => {
    client.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('opening each doubling builder gives its diagnostics, and the server still answers after', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-adversarial-lsp-'));
    const ws = path.join(tmp, 'ws');
    fs.mkdirSync(ws);
    const names = ['list_doubling.py', 'string_doubling.py', 'deep_value.py', 'copies_of_a_big_list.py', 'list_grows_in_place.py'];
    for (const n of names) fs.copyFileSync(path.join(DIR, n), path.join(ws, n));
    client = new LspClient({ PYPTO_DIRECTION_CACHE_DIR: path.join(tmp, 'cache') });
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(ws),
      workspaceFolders: [{ uri: uriOf(ws), name: 'ws' }],
      capabilities: { workspace: { workspaceFolders: true } },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    const expected: Record<string, RegExp> = {
      'list_doubling.py': /value too large: a list of 131072 items \(line 17\)/,
      'string_doubling.py': /value too large: a string of 1048576 characters \(line 17\)/,
      'deep_value.py': /evaluation nested too deeply/,
      'copies_of_a_big_list.py': /value too large: over 20000000 items/,
      'list_grows_in_place.py': /y should be Out/,
    };
    for (const n of names) {
      const file = path.join(ws, n);
      const since = client.mark();
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'python', version: 1, text: fs.readFileSync(file, 'utf8') } });
      const diags = await client.diagnostics(file, since, (d) => d.length > 0, 60000);
      expect(diags.map((d) => d.message).join('\n')).toMatch(expected[n]);
    }
    expect(client.child.exitCode).toBeNull();
    const status = fs.existsSync(`/proc/${client.child.pid}/status`) ? fs.readFileSync(`/proc/${client.child.pid}/status`, 'utf8') : '';
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    expect(peakKb / 1024).toBeLessThan(1536);
  }, 400_000);
});
