import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeFiles } from '../src/run/pipeline';
import { WorkCounts, workCountNames } from '../src/work';
import { loadCases } from './helpers/fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compareWithBudget } = require('../bench/counts') as {
  compareWithBudget(budget: unknown, current: Record<string, Record<string, number>>, tolerance?: number): { over: string[]; under: string[] };
};

describe('the work budget', () => {
  const budget = { corpora: { generated: { counts: { evalSteps: 1000, regionPaths: 10, goldenSteps: 0 } } } };

  test('a count more than 10% over its budget is named with its growth', () => {
    const { over } = compareWithBudget(budget, { generated: { evalSteps: 1101, regionPaths: 10, goldenSteps: 0 } });
    expect(over).toEqual(['generated: evalSteps grew +10.1% over its budget (1101, budget 1000, tolerance 10%)']);
  });

  test('up to 10% over passes; well under is only a note', () => {
    const { over, under } = compareWithBudget(budget, { generated: { evalSteps: 1100, regionPaths: 8, goldenSteps: 0 } });
    expect(over).toEqual([]);
    expect(under).toEqual(['generated: regionPaths is 20.0% under its budget (8, budget 10)']);
  });

  test('a count without a budget, or growing from zero, fails', () => {
    const { over } = compareWithBudget(budget, { generated: { evalSteps: 1000, regionPaths: 10, goldenSteps: 3, newCount: 1 } });
    expect(over).toEqual(['generated: goldenSteps grew from 0 over its budget (3, budget 0, tolerance 10%)', 'generated: newCount = 1 has no budget']);
  });

  test('the committed budget holds every count of every corpus', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'bench', 'budget.json'), 'utf8'));
    for (const corpus of ['generated', 'fixtures']) expect(Object.keys(committed.corpora[corpus].counts)).toEqual(workCountNames());
  });
});

test('WorkCounts adds counts and gives them as plain data', () => {
  const a = new WorkCounts();
  a.evalSteps = 5;
  a.add({ evalSteps: 2, regions: 1 });
  expect(a.toJSON()).toMatchObject({ evalSteps: 7, regions: 1, groups: 0 });
  expect(JSON.parse(JSON.stringify(a))).toEqual(a.toJSON());
});

describe('work counts of a run', () => {
  const files = loadCases().flatMap((c) => [...c.inputs.values()]);

  test('are the same on every run, count the work of every stage, and nothing for cached results', async () => {
    const first = (await analyzeFiles(files, { workers: 0 })).work!.toJSON();
    const again = (await analyzeFiles(files, { workers: 0 })).work!.toJSON();
    // (parses of shared libraries outlive a run in one process, so the parse counts of a second run are lower)
    for (const name of ['groups', 'moduleRuns', 'evalSteps', 'goldenSteps', 'regions', 'regionPaths', 'factsComputed'] as const) expect([name, again[name]]).toEqual([name, first[name]]);
    for (const name of ['groups', 'filesParsed', 'syntaxNodes', 'nodesMaterialized', 'moduleRuns', 'evalSteps', 'goldenSteps', 'regions', 'regionPaths'] as const) expect([name, first[name] > 0]).toEqual([name, true]);
    expect(first.nodesMaterialized).toBeLessThan(first.syntaxNodes);
    expect(first.regionPaths).toBeGreaterThan(first.regions); // some fixtures branch

    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-work-'));
    await analyzeFiles(files, { workers: 0, cacheDir });
    const warm = (await analyzeFiles(files, { workers: 0, cacheDir })).work!.toJSON();
    expect(warm.groups + warm.filesParsed + warm.evalSteps).toBe(0);
  }, 60_000);

  test('worker threads send their counts back: the evaluation counts equal a single thread', async () => {
    expect(fs.existsSync(path.join(__dirname, '..', 'dist', 'run', 'worker.js'))).toBe(true); // npm test builds first
    const single = (await analyzeFiles(files, { workers: 0 })).work!.toJSON();
    const threaded = (await analyzeFiles(files, { workers: 2 })).work!.toJSON();
    for (const name of ['groups', 'moduleRuns', 'evalSteps', 'goldenSteps', 'regions', 'regionPaths'] as const) expect([name, threaded[name]]).toEqual([name, single[name]]);
  }, 60_000);
});
