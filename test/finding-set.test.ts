import { main } from '../src/cli/main';
import { FORMATS, Format } from '../src/report';
import { io, tree } from './helpers/cli';
import { EDIT_KINDS, Key, READERS } from './helpers/findings';
import { KINDS_MODULE } from './helpers/kinds';

// Issue 20, 1: one finding set per command, whatever the format.

const kinds = (keys: Key[]) => [...new Set(keys.map((k) => k.split(':').pop()))].sort();

async function run(dir: string, args: string[], format: Format): Promise<{ code: number; keys: Key[] }> {
  const t = io(dir);
  const code = await main([...args, '--format', format, '.'], t.sink);
  return { code, keys: READERS[format](t.out(), t.err(), args[0]).sort() };
}

// what each command and flags report: the same in every format
const CASES: Array<{ args: string[]; expected: string[] }> = [
  // spec-kind: count_above's TensorSpec "hits" meets a Scalar param (an agreement finding, shown without -v)
  // fix-breaks-abi: the evidence-conflict param's fix makes it disagree with the spec its harness receives
  { args: ['check'], expected: ['abi-mismatch', 'evidence-conflict', 'fix', 'fix-breaks-abi', 'spec-kind', 'unresolved'] },
  { args: ['check', '-v'], expected: ['abi-mismatch', 'evidence-conflict', 'fix', 'fix-breaks-abi', 'inline-wrapper', 'spec-kind', 'unresolved'] },
  { args: ['explain'], expected: ['abi-mismatch', 'era', 'evidence-conflict', 'fix', 'fix-breaks-abi', 'inline-wrapper', 'not-linked', 'ok', 'spec-kind', 'suppressed', 'unresolved'] },
  { args: ['fix', '--dry-run'], expected: ['abi-mismatch', 'evidence-conflict', 'fix', 'fix-breaks-abi', 'spec-kind', 'unresolved'] },
  { args: ['fix', '--dry-run', '-v'], expected: ['abi-mismatch', 'evidence-conflict', 'fix', 'fix-breaks-abi', 'inline-wrapper', 'spec-kind', 'unresolved'] },
  // the edits fix wrote are done: not reported again
  { args: ['fix'], expected: ['abi-mismatch', 'evidence-conflict', 'fix-breaks-abi', 'spec-kind', 'unresolved'] },
];

describe('one finding set per command, whatever the format (issue 20)', () => {
  for (const { args, expected } of CASES) {
    test(`${args.join(' ')}: ${FORMATS.join(', ')} report the same findings`, async () => {
      const sets = new Map<Format, Key[]>();
      for (const format of FORMATS) {
        // fix writes: each format gets its own copy of the tree
        const dir = tree({ 'kernels.py': KINDS_MODULE });
        const { code, keys } = await run(dir, args, format);
        expect({ format, code }).toEqual({ format, code: 1 });
        sets.set(format, keys);
      }
      const reference = sets.get('json')!;
      expect(kinds(reference)).toEqual(expected);
      for (const format of FORMATS) {
        // a dry run's text shows its edits as a diff, not as finding lines
        const want = format === 'text' && args[0] === 'fix' && args.includes('--dry-run') ? reference.filter((k) => !EDIT_KINDS.has(k.split(':').pop()!)) : reference;
        expect({ format, keys: sets.get(format) }).toEqual({ format, keys: want });
      }
    });
  }

  test('-v adds only report-only warnings; check reports no explanation in any format', async () => {
    const dir = tree({ 'kernels.py': KINDS_MODULE });
    for (const format of FORMATS) {
      const quiet = await run(dir, ['check'], format);
      const loud = await run(dir, ['check', '-v'], format);
      expect(loud.keys.filter((k) => !quiet.keys.includes(k))).toEqual(['kernels.py:27:inline-wrapper']);
    }
  });

  test('SARIF and GitHub give each finding the same level (one table: levelOf)', async () => {
    const dir = tree({ 'kernels.py': KINDS_MODULE });
    const sarif = async (args: string[]) => {
      const t = io(dir);
      await main([...args, '--format', 'sarif', '.'], t.sink);
      const results = JSON.parse(t.out()).runs[0].results as any[];
      return Object.fromEntries(results.map((r) => [r.ruleId, r.level + (r.kind ? `/${r.kind}` : '') + (r.suppressions ? '/suppressed' : '')]));
    };
    const github = async (args: string[]) => {
      const t = io(dir);
      await main([...args, '--format', 'github', '.'], t.sink);
      const words: Record<string, string> = { error: 'error', warning: 'warning', notice: 'note' };
      return Object.fromEntries([...t.out().matchAll(/^::(\w+) [^\n]*title=pypto-direction ([\w-]+)::/gm)].map((m) => [m[2], words[m[1]]]));
    };
    // pending work (exit 1) is an error, whatever its kind; what check shows besides is a warning; -v's warnings are notes
    const expected = { fix: 'error', unresolved: 'error', 'fix-breaks-abi': 'error', 'abi-mismatch': 'warning', 'spec-kind': 'warning', 'evidence-conflict': 'warning', 'inline-wrapper': 'note' };
    expect(await sarif(['check', '-v'])).toEqual(expected);
    expect(await github(['check', '-v'])).toEqual(expected);
    // --strict makes the agreement findings pending: errors in both
    expect(await sarif(['check', '--strict'])).toMatchObject({ 'abi-mismatch': 'error', 'spec-kind': 'error' });
    expect(await github(['check', '--strict'])).toMatchObject({ 'abi-mismatch': 'error', 'spec-kind': 'error' });
    expect(await sarif(['explain'])).toMatchObject({ ok: 'none/pass', 'not-linked': 'none/informational', era: 'none/informational', suppressed: 'note/suppressed' });
  });
});
