import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { goldenSteps } from '../src/analyze/golden/reader';
import { main } from '../src/cli/main';
import type { AnalysisResult } from '../src/run/pipeline';
import { analyzePaths } from '../src/run/pipeline';
import { showsWarnings } from '../src/report/select';
import { io } from './helpers/cli';

// spec era: the golden updates `cache` in place although its spec is not an output (a -v cross-check warning)
const CASE = path.join(__dirname, 'fixtures', 'abi-mismatch-spec-era', 'input');

const kinds = (r: AnalysisResult) => r.files.flatMap((f) => f.findings.map((x) => x.kind));

describe('the spec-era golden cross-check runs only where its warnings are shown', () => {
  test('without warnings wanted no golden is read and there is no golden-disagrees; with them, there is', async () => {
    let before = goldenSteps();
    const quiet = await analyzePaths([CASE], { warnings: false, workers: 0 });
    expect(goldenSteps() - before).toBe(0);
    expect(kinds(quiet)).not.toContain('golden-disagrees');
    before = goldenSteps();
    const full = await analyzePaths([CASE], { workers: 0 });
    expect(goldenSteps() - before).toBeGreaterThan(0);
    expect(kinds(full)).toContain('golden-disagrees');
    // nothing else that is shown without warnings depends on it
    const shownQuietly = (r: AnalysisResult) => r.files.map((f) => f.findings.filter((x) => !['golden-disagrees', 'no-output-evidence'].includes(x.kind)));
    expect(shownQuietly(quiet)).toEqual(shownQuietly(full));
  });

  test('a cached run without the cross-check never answers a run that shows warnings', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-lazy-'));
    const quiet = await analyzePaths([CASE], { warnings: false, cacheDir });
    expect(kinds(quiet)).not.toContain('golden-disagrees');
    expect(kinds(await analyzePaths([CASE], { warnings: true, cacheDir }))).toContain('golden-disagrees');
    expect(kinds(await analyzePaths([CASE], { warnings: false, cacheDir }))).not.toContain('golden-disagrees');
  });

  test('check shows the cross-check with -v in every format (also after a cached check without it), explain always', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-lazy-cli-'));
    const run = async (...args: string[]) => {
      const t = io(CASE);
      await main([...args, '--cache-dir', cacheDir, '.'], t.sink);
      return t.out();
    };
    expect(await run('check')).not.toContain('golden-disagrees');
    expect(await run('check', '--format', 'json')).not.toContain('golden-disagrees');
    expect(await run('check', '-v')).toContain('golden-disagrees');
    expect(await run('check', '-v', '--format', 'sarif')).toContain('golden-disagrees');
    expect(await run('explain')).toContain('golden-disagrees');
  });

  test('which reporters show warnings', () => {
    expect(showsWarnings('check', false)).toBe(false);
    expect(showsWarnings('fix', false)).toBe(false);
    expect(showsWarnings('check', true)).toBe(true);
    expect(showsWarnings('fix', true)).toBe(true);
    expect(showsWarnings('explain', false)).toBe(true);
    expect(showsWarnings('server', false)).toBe(true);
  });
});
