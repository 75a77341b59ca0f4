import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CodeAction, CodeActionRequest, DiagnosticSeverity, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { main } from '../src/cli/main';
import { io } from './helpers/cli';
import { LspClient, uriOf } from './helpers/lsp-client';
import { KINDS_MODULE } from './helpers/kinds';

jest.setTimeout(90000);

// Issue 20, 2: the CLI and the server resolve config and flags in one function, so they report the same findings.
const FOLDERS: Record<string, string | undefined> = {
  plain: undefined,
  'no-direction': '[tool.pypto-direction]\nignore = ["direction"]\n',
  'only-agreement': '[tool.pypto-direction]\nselect = ["abi-agreement"]\nevidence = "final"\n',
  'no-agreement': '[tool.pypto-direction]\nignore = ["abi-agreement"]\n',
};

/** `line:kind` of what `check -v --format json` reports in a folder (the server's set: check -v). */
async function cliFindings(folder: string, flags: string[]): Promise<string[]> {
  const t = io(folder);
  await main(['check', '-v', '--format', 'json', ...flags, '.'], t.sink);
  return JSON.parse(t.out()).files.flatMap((f: any) => f.findings.map((x: any) => `${x.line}:${x.kind}`)).sort();
}

describe('the CLI and the server read config and flags the same way (issue 20)', () => {
  let tmp: string;
  const clients: LspClient[] = [];

  beforeAll(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-lsp-config-')));
    for (const [name, config] of Object.entries(FOLDERS)) {
      fs.mkdirSync(path.join(tmp, name));
      fs.writeFileSync(path.join(tmp, name, 'kernels.py'), KINDS_MODULE);
      if (config) fs.writeFileSync(path.join(tmp, name, 'pyproject.toml'), config);
    }
  });
  afterAll(() => {
    for (const c of clients) c.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Starts a server with `flags` on every folder, opens each folder's module and returns its diagnostics and code actions by folder. */
  async function serverFindings(flags: string[]): Promise<Map<string, { findings: string[]; fixActions: number }>> {
    const client = new LspClient({ PYPTO_DIRECTION_CACHE_DIR: path.join(tmp, 'cache') }, flags);
    clients.push(client);
    const folders = Object.keys(FOLDERS).map((n) => ({ uri: uriOf(path.join(tmp, n)), name: n }));
    await client.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: folders[0].uri, workspaceFolders: folders, capabilities: {} });
    await client.connection.sendNotification(InitializedNotification.type, {});
    const out = new Map<string, { findings: string[]; fixActions: number }>();
    for (const name of Object.keys(FOLDERS)) {
      const file = path.join(tmp, name, 'kernels.py');
      const since = client.mark();
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'python', version: 1, text: KINDS_MODULE } });
      const diagnostics = await client.diagnostics(file, since);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: uriOf(file) },
        range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } },
        context: { diagnostics: [] },
      })) as CodeAction[];
      out.set(name, {
        // suppressed params are hints in the editor only
        findings: diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).map((d) => `${d.range.start.line + 1}:${d.code}`).sort(),
        fixActions: actions.filter((a) => a.kind === 'quickfix' && a.title.startsWith('Make ')).length,
      });
    }
    return out;
  }

  test.each([[[]], [['--extend-select', 'abi-agreement']], [['--evidence', 'final', '--extend-select', 'direction']]])('server and check with flags %j on each folder: the same findings', async (flags) => {
    const server = await serverFindings(flags as string[]);
    for (const name of Object.keys(FOLDERS)) {
      const cli = await cliFindings(path.join(tmp, name), flags as string[]);
      expect({ name, findings: server.get(name)!.findings }).toEqual({ name, findings: cli });
      expect({ name, fixActions: server.get(name)!.fixActions }).toEqual({ name, fixActions: cli.filter((k) => k.endsWith(':fix')).length });
    }
    // the folders do differ: the config is what makes them
    const plainFixes = server.get('plain')!.findings.filter((k) => k.endsWith(':fix'));
    expect(plainFixes).toContain('16:fix');
    // ignore = ["direction"]: no fix and no code action for one, unless a flag brings the rule back
    const back = (flags as string[]).includes('direction');
    expect(server.get('no-direction')!.findings.filter((k) => k.endsWith(':fix'))).toEqual(back ? plainFixes : []);
    expect(server.get('no-direction')!.fixActions).toBe(back ? plainFixes.length : 0);
  });

  test('severities follow the level every format reads (levelOf): pending as server-severity, other check findings warnings, -v warnings information', async () => {
    const client = new LspClient({ PYPTO_DIRECTION_CACHE_DIR: path.join(tmp, 'cache') });
    clients.push(client);
    const folder = path.join(tmp, 'plain');
    await client.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uriOf(folder), workspaceFolders: [{ uri: uriOf(folder), name: 'plain' }], capabilities: {} });
    await client.connection.sendNotification(InitializedNotification.type, {});
    const file = path.join(folder, 'kernels.py');
    const since = client.mark();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'python', version: 1, text: KINDS_MODULE } });
    const severities = Object.fromEntries((await client.diagnostics(file, since)).map((d) => [d.code, d.severity]));
    expect(severities).toMatchObject({
      fix: DiagnosticSeverity.Warning,
      unresolved: DiagnosticSeverity.Warning,
      'abi-mismatch': DiagnosticSeverity.Warning,
      'spec-kind': DiagnosticSeverity.Warning,
      'evidence-conflict': DiagnosticSeverity.Warning,
      'inline-wrapper': DiagnosticSeverity.Information,
      suppressed: DiagnosticSeverity.Hint,
    });
  });

  test('a bad flag stops the server before it starts (exit 2, one line)', async () => {
    const client = new LspClient({ PYPTO_DIRECTION_CACHE_DIR: path.join(tmp, 'cache') }, ['--select', 'nope']);
    clients.push(client);
    expect(await client.exitCode(20000)).toBe(2);
    expect(client.stderr.join('')).toMatch(/^error: unknown rule "nope"/);
  });
});
