import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeFiles } from '../src/run/pipeline';
import { ENTRY, tree } from './helpers/cli';

jest.setTimeout(30000);

// Issue 18 (10x corpus <= 400 MB): a run that neither shows nor stores explanations does not keep them past their group.
describe('explanation-only findings are kept only where something reads them', () => {
  const kinds = (r: Awaited<ReturnType<typeof analyzeFiles>>) => [...new Set(r.files.flatMap((f) => f.findings.map((x) => x.kind)))].sort();

  test('check and fix without a cache keep none; with a cache (explain may read it later) and for explain, all', async () => {
    const dir = tree({ 'm.py': ENTRY });
    const file = path.join(dir, 'm.py');
    const lean = await analyzeFiles([file], { explanations: false });
    expect(kinds(lean)).toEqual(['fix']);
    const full = await analyzeFiles([file], {});
    expect(kinds(full)).toEqual(expect.arrayContaining(['fix', 'ok']));
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-lean-cache-'));
    const cached = await analyzeFiles([file], { explanations: false, cacheDir });
    expect(kinds(cached)).toEqual(kinds(full));
  });
});
