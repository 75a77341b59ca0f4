'use strict';
/*
 * bench/server.js -- how fast `pypto-direction server` answers a real LSP client.
 *
 * Usage (after `npm run compile`):
 *
 *   node bench/server.js --workspace DIR --file REL [--runs N] [--edits N] [--json]
 *
 *   --workspace DIR  the workspace folder the editor opens (e.g. a pypto-lib 8104075d^ checkout)
 *   --file REL       the file opened and edited, relative to DIR
 *                    (default models/deepseek/v4/decode_layer.py when it exists)
 *   --runs N         server starts, each with an empty cache directory (default 3)
 *   --edits N        edits per start (default 5)
 *   --json           print only the JSON line on stdout
 *
 * Each run starts the server as an editor does (stdio, a workspace folder, a fresh cache
 * directory), opens the file and waits for its first diagnostics ("open": the first answer with
 * an empty cache), then makes N edits, each appending a new statement at the end of the file (code,
 * not a comment: nothing may skip it as unchanged), and waits for the diagnostics of that document
 * version ("edit": from the didChange notification to the publication, the server's debounce
 * included; "edit - debounce" subtracts it). Nothing is written to the workspace: edits live in the
 * editor's buffer only. Exit code 0, or 2 on a usage error or a server that does not answer in 120 s.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { pathToFileURL } = require('url');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pypto-direction.js');
const DEBOUNCE_MS = 200; // the server's default (src/server/server.ts)
const TIMEOUT_MS = 120000;

function usage(msg) {
  process.stderr.write(`bench/server: ${msg}\nusage: node bench/server.js --workspace DIR --file REL [--runs N] [--edits N] [--json]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { workspace: undefined, file: undefined, runs: 3, edits: 5, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${flag} needs a value`));
    const count = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) usage(`${flag} must be a positive integer`);
      return n;
    };
    if (flag === '--workspace') o.workspace = path.resolve(value());
    else if (flag === '--file') o.file = value();
    else if (flag === '--runs') o.runs = count();
    else if (flag === '--edits') o.edits = count();
    else if (flag === '--json') o.json = true;
    else usage(`unknown argument ${flag}`);
  }
  if (!o.workspace) usage('--workspace is required');
  o.file = o.file ?? 'models/deepseek/v4/decode_layer.py';
  if (!fs.existsSync(path.join(o.workspace, o.file))) usage(`${path.join(o.workspace, o.file)} does not exist`);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) usage('dist/ is missing; run `npm run compile` first');
  return o;
}

/** Loaded lazily: a devDependency, present in a development checkout. */
function protocol() {
  try {
    return require('vscode-languageserver-protocol/node');
  } catch {
    usage('vscode-languageserver-protocol is not installed (run `npm ci` in the tool checkout)');
  }
}

/** One server process with a client connection; resolves publications by (uri, version). */
function startServer(cacheDir) {
  const p = protocol();
  const child = spawn(process.execPath, [BIN, 'server', '--stdio', '--cache-dir', cacheDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const connection = p.createProtocolConnection(new p.StreamMessageReader(child.stdout), new p.StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification(p.PublishDiagnosticsNotification.type, (params) => {
    const at = process.hrtime.bigint();
    for (const w of [...waiters]) {
      if (w.uri === params.uri && (w.version === undefined || params.version === w.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve({ at, count: params.diagnostics.length });
      }
    }
  });
  connection.listen();
  const published = (uri, version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${TIMEOUT_MS} ms; stderr: ${stderr.slice(-500)}`)), TIMEOUT_MS);
      waiters.push({ uri, version, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  const stop = async () => {
    try {
      await connection.sendRequest(p.ShutdownRequest.type);
      await connection.sendNotification(p.ExitNotification.type);
    } catch {
      // already gone
    }
    connection.dispose();
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 2000).unref();
  };
  return { p, connection, published, stop };
}

const ms = (from, to) => Number(to - from) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : undefined;
};

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const say = o.json ? () => {} : (s) => process.stdout.write(`${s}\n`);
  const file = path.join(o.workspace, o.file);
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  const opens = [];
  const edits = [];
  let diagnostics;
  for (let run = 0; run < o.runs; run++) {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-bench-server-'));
    const server = startServer(cacheDir);
    const { p, connection } = server;
    try {
      await connection.sendRequest(p.InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(o.workspace).href,
        workspaceFolders: [{ uri: pathToFileURL(o.workspace).href, name: path.basename(o.workspace) }],
        capabilities: { workspace: { workspaceFolders: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      });
      await connection.sendNotification(p.InitializedNotification.type, {});
      let version = 1;
      const first = server.published(uri, version);
      const t0 = process.hrtime.bigint();
      await connection.sendNotification(p.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version, text } });
      const got = await first;
      opens.push(ms(t0, got.at));
      diagnostics = got.count;
      let current = text;
      for (let e = 0; e < o.edits; e++) {
        current += `${current.endsWith('\n') ? '' : '\n'}_bench_edit_${run}_${e} = ${e}\n`;
        version++;
        const next = server.published(uri, version);
        const t1 = process.hrtime.bigint();
        await connection.sendNotification(p.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: current }] });
        edits.push(ms(t1, (await next).at));
      }
      say(`run ${run + 1}/${o.runs}: open ${(opens.at(-1) / 1000).toFixed(3)} s, edits ${edits.slice(-o.edits).map((x) => (x / 1000).toFixed(3)).join(' ')} s`);
    } finally {
      await server.stop();
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  const result = {
    bench: 'pypto-direction-server',
    workspace: o.workspace,
    file: o.file,
    diagnostics,
    runs: o.runs,
    openMedianMs: median(opens),
    editMedianMs: median(edits),
    editMinusDebounceMedianMs: median(edits) - DEBOUNCE_MS,
    opens,
    edits,
  };
  say('');
  say(`| server on ${o.file} | runs | median | min | max |`);
  say('|---|---:|---:|---:|---:|');
  say(`| first open, empty cache: diagnostics | ${opens.length} | ${(median(opens) / 1000).toFixed(3)} s | ${(Math.min(...opens) / 1000).toFixed(3)} s | ${(Math.max(...opens) / 1000).toFixed(3)} s |`);
  say(`| after an edit (debounce ${DEBOUNCE_MS} ms included) | ${edits.length} | ${(median(edits) / 1000).toFixed(3)} s | ${(Math.min(...edits) / 1000).toFixed(3)} s | ${(Math.max(...edits) / 1000).toFixed(3)} s |`);
  say('');
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(`bench/server: ${e.message}\n`);
  process.exit(2);
});
