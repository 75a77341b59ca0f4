import * as fs from 'fs';
import { isEditFinding, isPending, type Finding } from '../src/decide/findings';
import { describeMisses, loadCases, materialize, parsesCleanly, runCase } from './helpers/fixtures';

const cases = loadCases();

/** Whether a finding has every field of `want` (an object field: every field of it, recursively). */
function matches(f: Finding | Record<string, unknown>, want: Partial<Record<string, unknown>>): boolean {
  return Object.entries(want).every(([k, v]) => {
    const got = (f as unknown as Record<string, unknown>)[k];
    return v !== null && typeof v === 'object' ? got !== null && typeof got === 'object' && matches(got as Record<string, unknown>, v as Record<string, unknown>) : got === v;
  });
}

describe('fixture pairs (input -> expected)', () => {
  test('there are fixtures', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    // a case's expected file must differ from its input, or it is not a fix case
    for (const [rel, bytes] of c.expected) {
      expect(bytes.equals(fs.readFileSync(c.inputs.get(rel)!))).toBe(false);
    }

    const first = await runCase(c.inputs, c.options);
    expect(first.errors).toEqual([]);

    const misses: string[] = [];
    for (const [rel, inputPath] of c.inputs) {
      const input = fs.readFileSync(inputPath);
      const want = c.expected.get(rel) ?? input;
      const got = first.outputs.get(rel)!;
      if (!got.equals(want)) misses.push(...describeMisses(rel, input.toString('utf8'), want.toString('utf8'), got.toString('utf8')), `bytes of ${rel} differ`);
      expect(await parsesCleanly(got.toString('utf8').replace(/^\ufeff/, ''))).toBe(true);
    }
    expect(misses).toEqual([]);

    // pending and not fixed by this run: unresolved kinds, kept keywords and calls, unsafe fixes left unapplied
    const pending = first.findings.filter((f) => isPending(f) && !isEditFinding(f));
    const unmatched = pending.filter((f) => !c.expect.unresolved.some((w) => matches(f, w)));
    const missingUnresolved = c.expect.unresolved.filter((w) => !pending.some((f) => matches(f, w)));
    expect({ unexpected: unmatched.map((f) => `${f.kind} ${'param' in f ? f.param : ''} ${'detail' in f ? f.detail : ''}`), missing: missingUnresolved }).toEqual({ unexpected: [], missing: [] });
    for (const w of c.expect.warnings) expect({ missing: w, found: first.findings.some((f) => matches(f, w)) }).toEqual({ missing: w, found: true });
    for (const w of c.expect.absent) expect({ absent: w, found: first.findings.filter((f) => matches(f, w)).map((f) => `${f.kind} ${'param' in f ? f.param : ''}`) }).toEqual({ absent: w, found: [] });

    // a second run over the fixed tree changes nothing (idempotence)
    const second = await runCase(materialize(first.outputs), c.options);
    expect(second.findings.filter((f) => isEditFinding(f))).toEqual([]);
    for (const [rel, bytes] of first.outputs) expect(second.outputs.get(rel)!.equals(bytes)).toBe(true);
  });
});
