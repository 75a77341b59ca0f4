import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CodeAction,
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidChangeWorkspaceFoldersNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  MarkupContent,
  ShutdownRequest,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, uriOf } from './helpers/lsp-client';

const FIXTURE = path.join(__dirname, 'fixtures', 'server-project');
jest.setTimeout(90000);

function copyProject(into: string, extra: Record<string, string> = {}): void {
  fs.mkdirSync(into, { recursive: true });
  for (const f of fs.readdirSync(path.join(FIXTURE, 'input'))) fs.copyFileSync(path.join(FIXTURE, 'input', f), path.join(into, f));
  for (const [f, text] of Object.entries(extra)) fs.writeFileSync(path.join(into, f), text);
}

/** The text after a WorkspaceEdit's changes for `uri`. */
function applied(text: string, action: CodeAction | undefined, uri: string): string {
  expect(action?.edit?.changes?.[uri]).toBeDefined();
  return TextDocument.applyEdits(TextDocument.create(uri, 'python', 0, text), action!.edit!.changes![uri] as TextEdit[]);
}

describe('pypto-direction server (a real LSP client over stdio)', () => {
  let tmp: string;
  let client: LspClient;
  const versions = new Map<string, number>();

  const open = (file: string, text = fs.readFileSync(file, 'utf8')) => {
    versions.set(file, 1);
    return client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'python', version: 1, text } });
  };
  const change = (file: string, text: string) => {
    const version = (versions.get(file) ?? 1) + 1;
    versions.set(file, version);
    return client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf(file), version }, contentChanges: [{ text }] });
  };
  const actions = async (file: string, line: number, only?: string[]) =>
    ((await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(file) },
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics: [], ...(only ? { only } : {}) },
    })) ?? []) as CodeAction[];

  beforeEach(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-lsp-'));
    copyProject(path.join(tmp, 'ws'));
    copyProject(path.join(tmp, 'strict'), { 'pyproject.toml': '[tool.pypto-direction]\nserver-severity = "error"\n' });
    copyProject(path.join(tmp, 'elsewhere'));
    copyProject(path.join(tmp, 'broken'), { 'pyproject.toml': '[tool.pypto-direction]\nserver-severity = "loud"\n' });
    client = new LspClient({ PYPTO_DIRECTION_CACHE_DIR: path.join(tmp, 'cache') });
    const folders = ['ws', 'strict', 'broken'].map((n) => ({ uri: uriOf(path.join(tmp, n)), name: n }));
    const init = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0].uri,
      workspaceFolders: folders,
      capabilities: { workspace: { workspaceFolders: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
    });
    expect(init.capabilities.hoverProvider).toBe(true);
    await client.connection.sendNotification(InitializedNotification.type, {});
  });

  afterEach(() => {
    client.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('diagnostics, hover, quick fix, overlay of another file, ignore, syntax error, shutdown/exit', async () => {
    const entry = path.join(tmp, 'ws', 'smoother.py');
    const builders = path.join(tmp, 'ws', 'builders.py');
    const original = fs.readFileSync(entry, 'utf8');
    const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
    const stateLine = lineOf(original, 'state: pl.Tensor');

    let since = client.mark();
    await open(entry);
    const first = await client.diagnostics(entry, since);
    expect(first.map((d) => [d.code, d.range.start.line, d.severity])).toEqual([['fix', stateLine, DiagnosticSeverity.Warning]]);
    expect(first[0].message).toContain('state should be InOut');
    // the evidence chain: the spec in the builder file and the harness call
    const related = first[0].relatedInformation!.map((r) => [r.location.uri, r.location.range.start.line]);
    expect(related).toContainEqual([uriOf(builders), lineOf(fs.readFileSync(builders, 'utf8'), '"state"')]);
    expect(related).toContainEqual([uriOf(entry), lineOf(original, 'run_jit(')]);

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(entry) }, position: { line: stateLine, character: 6 } });
    const md = (hover!.contents as MarkupContent).value;
    expect(md).toMatch(/`In` now, wanted `InOut`/);
    expect(md).toContain('builders.py:');
    expect(md).toContain('harness');

    // the quick fix is exactly the fixture's expected file (what `fix` writes)
    const quick = (await actions(entry, stateLine)).find((a) => a.kind === 'quickfix' && a.title.includes('InOut'));
    const fixed = applied(original, quick, uriOf(entry));
    expect(fixed).toBe(fs.readFileSync(path.join(FIXTURE, 'expected', 'smoother.py'), 'utf8'));
    const all = (await actions(entry, 0, ['source.fixAll'])).find((a) => a.kind === 'source.fixAll.pypto-direction');
    expect(applied(original, all, uriOf(entry))).toBe(fixed);

    since = client.mark();
    await change(entry, fixed);
    await client.diagnostics(entry, since, (d) => d.length === 0);

    // the builder changes in the editor only (unsaved): the entry's diagnostics follow
    const onDisk = fs.readFileSync(builders, 'utf8');
    await open(builders);
    since = client.mark();
    await change(builders, onDisk.replace('is_output=False', 'is_output=True'));
    const traceLine = lineOf(fixed, 'trace: pl.Tensor');
    const now = await client.diagnostics(entry, since, (d) => d.length > 0);
    expect(now.map((d) => [d.code, d.range.start.line])).toEqual([['fix', traceLine]]);
    expect(now[0].message).toContain('trace should be Out');

    // "ignore this param" adds the suppression comment; the finding becomes a hint
    const ignore = (await actions(entry, traceLine)).find((a) => a.title.startsWith('Ignore trace'));
    const ignored = applied(fixed, ignore, uriOf(entry));
    expect(ignored.split('\n')[traceLine]).toMatch(/trace: pl\.Tensor\[\[ROWS, COLS\], pl\.FP32\],  # pypto-direction: ignore$/);
    since = client.mark();
    await change(entry, ignored);
    const hints = await client.diagnostics(entry, since, (d) => d.every((x) => x.code !== 'fix'));
    expect(hints.map((d) => [d.code, d.severity])).toEqual([['suppressed', DiagnosticSeverity.Hint]]);

    // a syntax error is a diagnostic, not a crash
    since = client.mark();
    await change(entry, ignored.replace('def smooth(', 'def smooth(('));
    const bad = await client.diagnostics(entry, since, (d) => d.some((x) => x.code === 'parse-error'));
    expect(bad[0].severity).toBe(DiagnosticSeverity.Error);

    // nothing was written to disk
    expect(fs.readFileSync(entry, 'utf8')).toBe(original);
    expect(fs.readFileSync(builders, 'utf8')).toBe(onDisk);

    await client.connection.sendRequest(ShutdownRequest.type);
    await client.connection.sendNotification(ExitNotification.type);
    expect(await client.exitCode()).toBe(0);
  });

  test('each folder has its own config; a file outside every folder is analyzed alone', async () => {
    const strict = path.join(tmp, 'strict', 'smoother.py');
    const lone = path.join(tmp, 'elsewhere', 'smoother.py');
    const since = client.mark();
    await open(strict);
    await open(lone);
    const [s, l] = await Promise.all([client.diagnostics(strict, since), client.diagnostics(lone, since)]);
    expect(s.map((d) => [d.code, d.severity])).toEqual([['fix', DiagnosticSeverity.Error]]);
    expect(l.map((d) => [d.code, d.severity])).toEqual([['fix', DiagnosticSeverity.Warning]]);
  });

  test('alone, a file sees only its own harnesses; once its folder is added, those of the folder', async () => {
    const later = path.join(tmp, 'later');
    fs.mkdirSync(later);
    fs.copyFileSync(path.join(FIXTURE, 'input', 'builders.py'), path.join(later, 'builders.py'));
    // the entry without its harness; the harness in a sibling module
    const kern = path.join(later, 'kern.py');
    fs.writeFileSync(kern, fs.readFileSync(path.join(FIXTURE, 'input', 'smoother.py'), 'utf8').replace(/\nif __name__[^]*$/, '\n'));
    fs.writeFileSync(path.join(later, 'runner.py'), 'from builders import smoother_specs\nfrom golden import run_jit\nfrom kern import COLS, ROWS, smooth\n\nrun_jit(fn=smooth, specs=smoother_specs(ROWS, COLS))\n');
    fs.writeFileSync(path.join(later, 'pyproject.toml'), '[tool.pypto-direction]\nserver-severity = "error"\n');
    let since = client.mark();
    await open(kern);
    expect(await client.diagnostics(kern, since)).toEqual([]);
    since = client.mark();
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: uriOf(later), name: 'later' }], removed: [] } });
    const d = await client.diagnostics(kern, since);
    expect(d.map((x) => [x.code, x.severity, x.message])).toEqual([['fix', DiagnosticSeverity.Error, expect.stringContaining('state should be InOut')]]);
  });

  test('a bad pyproject.toml is shown to the user once; the server keeps serving other folders', async () => {
    const broken = path.join(tmp, 'broken', 'smoother.py');
    const good = path.join(tmp, 'ws', 'smoother.py');
    await open(broken);
    await change(broken, fs.readFileSync(broken, 'utf8') + '\n'); // a second run of the broken folder
    const since = client.mark();
    await open(good);
    expect(await client.diagnostics(good, since, (d) => d.length > 0)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(client.shown.map((m) => m.message)).toEqual([expect.stringContaining('server-severity')]);
    expect(client.published.filter((p) => p.uri === uriOf(broken) && p.diagnostics.length)).toEqual([]);
  });

  test('while the user types, stale runs are dropped: only the last version gets diagnostics', async () => {
    // one import group of many modules, so that a run takes a while
    const big = path.join(tmp, 'ws', 'big');
    fs.mkdirSync(big);
    const n = 40;
    for (let i = 0; i < n; i++) {
      const specs = Array.from({ length: 12 }, (_, k) => `        TensorSpec("t${k}", [${k + 1}, 8], torch.float32${k === 11 ? ', is_output=True' : ''}),`).join('\n');
      const params = Array.from({ length: 12 }, (_, k) => `    t${k}: pl.Tensor[[${k + 1}, 8], pl.FP32],`).join('\n');
      fs.writeFileSync(path.join(big, `m${i}.py`), `import pypto.language as pl\nimport torch\nfrom golden import TensorSpec\n\n\n@pl.jit\ndef e${i}(\n${params}\n):\n    pass\n\n\ndef specs${i}():\n    return [\n${specs}\n    ]\n`);
    }
    const imports = Array.from({ length: n }, (_, i) => `from m${i} import e${i}, specs${i}`).join('\n');
    const calls = Array.from({ length: n }, (_, i) => `    run_jit(fn=e${i}, specs=specs${i}())`).join('\n');
    fs.writeFileSync(path.join(big, 'main.py'), `from golden import run_jit\n${imports}\n\n\ndef main():\n${calls}\n`);
    // type into one entry module: each version moves its diagnostic one line down
    const typed = path.join(big, 'm0.py');
    const source = fs.readFileSync(typed, 'utf8');
    const base = source.split('\n').findIndex((l) => l.startsWith('    t11:'));
    const since = client.mark();
    await open(typed);
    for (let v = 1; v <= 10; v++) {
      await new Promise((r) => setTimeout(r, 30));
      await change(typed, '# typing\n'.repeat(v) + source);
    }
    const last = versions.get(typed)!;
    await client.diagnostics(typed, since, () => true, 60000);
    await new Promise((r) => setTimeout(r, 500)); // anything late would show up here
    const seen = client.published.slice(since).filter((p) => p.uri === uriOf(typed));
    expect(seen.map((p) => [p.version, p.diagnostics.map((d) => [d.code, d.range.start.line])])).toEqual([[last, [['fix', base + 10]]]]);
  });

  test('exit without shutdown ends the process with code 1', async () => {
    await client.connection.sendNotification(ExitNotification.type);
    expect(await client.exitCode()).toBe(1);
  });

  test('the client closing stdin ends the process (code 1, no shutdown)', async () => {
    client.child.stdin!.end();
    expect(await client.exitCode()).toBe(1);
  });
});
