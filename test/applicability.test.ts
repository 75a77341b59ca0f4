import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { main } from '../src/cli/main';
import { Format } from '../src/report';
import { io } from './helpers/cli';
import { LspClient, uriOf } from './helpers/lsp-client';

jest.setTimeout(90000);

// Issue 19, 1: every available fix is safe or unsafe, and every output says which.
// The signature-era fixture: carry and probe are raised only because the golden function writes them (unsafe).
const INPUT = path.join(__dirname, 'fixtures', 'safety-signature-default', 'input');
const MODEL = path.join('models', 'scan_step.py');
const EXPECTED: Record<string, 'safe' | 'unsafe'> = { carry: 'unsafe', summary: 'safe', logits: 'safe', scores: 'safe', probe: 'unsafe' };

function copyTree(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-applicability-'));
  fs.cpSync(INPUT, dir, { recursive: true });
  return dir;
}

async function out(dir: string, args: string[]): Promise<{ code: number; text: string }> {
  const t = io(dir);
  const code = await main([...args, '--no-cache', '.'], t.sink);
  return { code, text: t.out() };
}

/** param -> applicability, as each format says it. */
const READ: Record<Format, (text: string) => Record<string, string>> = {
  text: (t) => Object.fromEntries([...t.matchAll(/fix scan_step\.(\w+) should be .*\[(safe|unsafe) fix/g)].map((m) => [m[1], m[2]])),
  github: (t) => Object.fromEntries([...t.matchAll(/::scan_step\.(\w+) should be .*\[(safe|unsafe) fix/g)].map((m) => [m[1], m[2]])),
  markdown: (t) => Object.fromEntries([...t.matchAll(/\| `scan_step` \| `(\w+)` \|.*\((safe|unsafe) fix/g)].map((m) => [m[1], m[2]])),
  json: (t) => Object.fromEntries(JSON.parse(t).files.flatMap((f: any) => f.findings).filter((f: any) => f.kind === 'fix').map((f: any) => [f.param, f.fix.applicability])),
  sarif: (t) => Object.fromEntries(JSON.parse(t).runs[0].results.filter((r: any) => r.ruleId === 'fix').map((r: any) => [r.properties.param, r.properties.fix.applicability])),
};

describe('fix applicability (issue 19)', () => {
  test.each(Object.keys(READ) as Format[])('check --format %s says which fixes are safe and which unsafe', async (format) => {
    const dir = copyTree();
    const { code, text } = await out(dir, ['check', '--format', format]);
    expect(code).toBe(1);
    expect(READ[format](text)).toEqual(EXPECTED);
  });

  test('fix applies the safe ones; --unsafe-fixes and the unsafe-fixes config key apply both', async () => {
    const wrapped = (dir: string) => {
      const src = fs.readFileSync(path.join(dir, MODEL), 'utf8');
      return Object.keys(EXPECTED).filter((p) => new RegExp(`\\b${p}: pl\\.(Out|InOut)\\[`).test(src)).sort();
    };
    const safeOnly = copyTree();
    expect((await out(safeOnly, ['fix'])).code).toBe(1); // the unsafe ones stay pending
    expect(wrapped(safeOnly)).toEqual(['logits', 'scores', 'summary']);

    const byFlag = copyTree();
    expect((await out(byFlag, ['fix', '--unsafe-fixes'])).code).toBe(0);
    expect(wrapped(byFlag)).toEqual(['carry', 'logits', 'probe', 'scores', 'summary']);

    const byConfig = copyTree();
    fs.writeFileSync(path.join(byConfig, 'pyproject.toml'), '[tool.pypto-direction]\nunsafe-fixes = true\n');
    expect((await out(byConfig, ['fix'])).code).toBe(0);
    expect(wrapped(byConfig)).toEqual(wrapped(byFlag));
  });

  test('the language server says it too: each fix diagnostic carries its applicability', async () => {
    const dir = fs.realpathSync(copyTree());
    const client = new LspClient({ PYPTO_DIRECTION_CACHE_DIR: path.join(dir, '.cache') });
    try {
      await client.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uriOf(dir), workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }], capabilities: {} });
      await client.connection.sendNotification(InitializedNotification.type, {});
      const file = path.join(dir, MODEL);
      const since = client.mark();
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'python', version: 1, text: fs.readFileSync(file, 'utf8') } });
      const diags = await client.diagnostics(file, since, (d) => d.some((x) => x.code === 'fix'));
      const said = Object.fromEntries(diags.filter((d) => d.code === 'fix').map((d) => [/scan_step\.(\w+)/.exec(d.message)![1], (d.data as { fix: string }).fix]));
      expect(said).toEqual(EXPECTED);
      for (const d of diags.filter((x) => x.code === 'fix')) expect(d.message).toMatch(/\((safe|unsafe) fix\)$/);
    } finally {
      client.kill();
    }
  });
});
