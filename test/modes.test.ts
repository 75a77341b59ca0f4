import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisResult, analyzeFiles } from '../src/pipeline';
import { loadCases } from './helpers/fixtures';

/** Everything a run decides, as plain data. */
function decisions(r: AnalysisResult) {
  return r.files.map((f) => ({ path: f.path, output: f.output, edits: f.edits, findings: f.findings, error: f.error?.message }));
}

describe('results do not depend on how the run is organised', () => {
  const files = loadCases().flatMap((c) => [...c.inputs.values()]);

  test('one group, import groups, worker threads and a warm cache agree on every fixture', async () => {
    expect(fs.existsSync(path.join(__dirname, '..', 'dist', 'worker.js'))).toBe(true); // npm test builds first
    const whole = decisions(await analyzeFiles(files, { partition: false }));
    const grouped = decisions(await analyzeFiles(files, { workers: 0 }));
    const threaded = decisions(await analyzeFiles(files, { workers: 2 }));
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-modes-'));
    await analyzeFiles(files, { cacheDir });
    const warm = decisions(await analyzeFiles(files, { cacheDir }));
    expect(whole.some((f) => f.edits.length)).toBe(true);
    expect(grouped).toEqual(whole);
    expect(threaded).toEqual(whole);
    expect(warm).toEqual(whole);
  }, 60_000);
});
