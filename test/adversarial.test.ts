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

/** `--evidence final` -> `evidence = "final"`: a case's flags as config keys (each flag takes one value). */
function configOf(args: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < args.length; i += 2) {
    if (!args[i].startsWith('--') || args[i + 1] === undefined) throw new Error(`cannot express ${args.join(' ')} as config`);
    lines.push(`${args[i].slice(2)} = ${JSON.stringify(args[i + 1])}`);
  }
  return lines.join('\n') + '\n';
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

  test('opening each adversarial file gives the diagnostics its header expects, and the server stays up and bounded', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-adversarial-lsp-'));
    // a case's command-line args become its own workspace folder's config: the server reads options from config
    const folderOf = (c: Case) => path.join(tmp, c.args.length ? `ws-${c.name.replace(/\.py$/, '')}` : 'ws');
    for (const c of CASES) {
      const ws = folderOf(c);
      fs.mkdirSync(ws, { recursive: true });
      fs.copyFileSync(path.join(DIR, c.name), path.join(ws, c.name));
      if (c.args.length) fs.writeFileSync(path.join(ws, 'pyproject.toml'), `[tool.pypto-direction]\n${configOf(c.args)}`);
    }
    const folders = [...new Set(CASES.map(folderOf))];
    client = new LspClient({ PYPTO_DIRECTION_CACHE_DIR: path.join(tmp, 'cache') });
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(folders[0]),
      workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: path.basename(f) })),
      capabilities: { workspace: { workspaceFolders: true } },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    for (const c of CASES) {
      const file = path.join(folderOf(c), c.name);
      const since = client.mark();
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'python', version: 1, text: fs.readFileSync(file, 'utf8') } });
      const diags = await client.diagnostics(file, since, (d) => d.length > 0, c.seconds * 1000);
      // the lines `check` would print for these diagnostics, which the header's expectations match
      const lines = diags.map((d) => `${c.name}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.code} ${d.message}`).join('\n');
      for (const re of c.expects) expect({ file: c.name, lines }).toEqual({ file: c.name, lines: expect.stringMatching(re) });
      expect(lines).not.toMatch(/Invalid (string|array) length|Maximum call stack|internal error/);
    }
    expect(client.child.exitCode).toBeNull();
    const status = fs.existsSync(`/proc/${client.child.pid}/status`) ? fs.readFileSync(`/proc/${client.child.pid}/status`, 'utf8') : '';
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    expect(peakKb / 1024).toBeLessThan(1536);
  }, 600_000);
});
