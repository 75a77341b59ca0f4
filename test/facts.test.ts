import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildId } from '../src/build-id';
import { factsOf, isFileFacts } from '../src/facts/facts';
import { FACTS_FILE, FactsStore } from '../src/facts/store';
import { partition, partitionByFacts } from '../src/run/partition';
import { WorkCounts } from '../src/work';
import { loadCases } from './helpers/fixtures';

const TEXT = 'import pypto.language as pl\nfrom .golden import run_jit, TensorSpec\nimport a.b\n';

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-facts-'));
}

describe('the facts store', () => {
  test('computes a file\'s facts once, and a later run reads them back from disk without the text', () => {
    const dir = tmpDir();
    const work = new WorkCounts();
    const store = new FactsStore(dir, work);
    expect(store.get('h1', () => TEXT)).toEqual(factsOf(TEXT));
    expect(store.get('h1', () => undefined)).toEqual(factsOf(TEXT));
    expect(work.factsComputed).toBe(1);
    store.save();

    const later = new WorkCounts();
    const text = jest.fn(() => TEXT);
    expect(new FactsStore(dir, later).get('h1', text)).toEqual(factsOf(TEXT));
    expect(text).not.toHaveBeenCalled();
    expect(later.factsComputed).toBe(0);
  });

  test('the facts are what the scans say', () => {
    const f = factsOf(TEXT);
    expect(f.mayHoldEntries).toBe(true);
    expect(f.imports).toEqual(expect.arrayContaining([{ dotted: 'golden', level: 1 }, { dotted: 'a.b', level: 0 }, { dotted: 'a', level: 0 }]));
    expect(factsOf('import numpy\n').mayHoldEntries).toBe(false);
  });

  test.each([
    ['not JSON', '{"format": 1, "vers'],
    ['another build', JSON.stringify({ format: 1, version: 'other+build', files: { h1: { mayHoldEntries: false, imports: [] } } })],
    ['files not an object', JSON.stringify({ format: 1, version: buildId(), files: [] })],
    ['null', 'null'],
  ])('a store file that is %s is a miss for every file', (_, content) => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, FACTS_FILE), content);
    const work = new WorkCounts();
    expect(new FactsStore(dir, work).get('h1', () => TEXT)).toEqual(factsOf(TEXT));
    expect(work.factsComputed).toBe(1);
  });

  test('a wrongly shaped entry is a miss (computed again), the others are hits', () => {
    const dir = tmpDir();
    const store = new FactsStore(dir);
    for (const h of ['good', 'b1', 'b2', 'b3', 'b4']) store.get(h, () => TEXT);
    store.save();
    const file = path.join(dir, FACTS_FILE);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    data.files.b1 = { mayHoldEntries: 'yes', imports: [] };
    data.files.b2 = { mayHoldEntries: true, imports: [{ dotted: 'x', level: -1 }] };
    data.files.b3 = { mayHoldEntries: true };
    data.files.b4 = 7;
    fs.writeFileSync(file, JSON.stringify(data));
    const work = new WorkCounts();
    const again = new FactsStore(dir, work);
    for (const h of ['good', 'b1', 'b2', 'b3', 'b4']) expect(again.get(h, () => TEXT)).toEqual(factsOf(TEXT));
    expect(work.factsComputed).toBe(4);
    expect(isFileFacts(data.files.good)).toBe(true);
  });

  test('an unreadable file has no facts; an unwritable store is no error', () => {
    const store = new FactsStore(path.join(tmpDir(), 'missing-parent', 'x'));
    expect(store.get(undefined, () => TEXT)).toBeUndefined();
    expect(store.get('h', () => undefined)).toBeUndefined();
    const file = path.join(tmpDir(), 'a-file');
    fs.writeFileSync(file, '');
    const blocked = new FactsStore(path.join(file, 'facts')); // its directory cannot be made
    blocked.get('h', () => TEXT);
    expect(() => blocked.save()).not.toThrow();
  });

  test('saving keeps the facts this run used first, then older ones, up to its size', () => {
    const dir = tmpDir();
    const first = new FactsStore(dir, undefined, 3);
    for (const h of ['old1', 'old2', 'old3']) first.get(h, () => TEXT);
    first.save();
    const second = new FactsStore(dir, undefined, 3);
    second.get('new1', () => 'import x\n');
    second.get('old2', () => TEXT);
    second.save();
    const kept = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, FACTS_FILE), 'utf8')).files);
    expect(kept).toEqual(['new1', 'old2', 'old1']);
  });
});

test('partitioning from facts gives the groups partitioning from the texts gives', () => {
  const files = loadCases().flatMap((c) => [...c.inputs.values()]);
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined);
  const store = new FactsStore(undefined);
  const byFacts = partitionByFacts(files, (f) => store.get(fs.existsSync(f) ? `path:${f}` : undefined, () => read(f)));
  expect(byFacts).toEqual(partition(files, read));
  expect(byFacts.length).toBeGreaterThan(10);
});
