import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { FORMATS } from '../src/report';
import { ENTRY, io, tree } from './helpers/cli';
import { READERS } from './helpers/findings';
import { KINDS_MODULE } from './helpers/kinds';

// Issue 20, 3: explain FILE:LINE and --param ENTRY.PARAM, in every format.
const SCALE = ['kernels.py:15:ok', 'kernels.py:16:fix', 'kernels.py:20:unresolved', 'kernels.py:21:abi-mismatch', 'kernels.py:21:ok'];

const CASES: Array<{ name: string; args: string[]; expected: string[] }> = [
  { name: 'a param line: that param', args: ['kernels.py:16'], expected: ['kernels.py:16:fix'] },
  { name: 'a line inside a multi-line annotation: its param', args: ['kernels.py:18'], expected: ['kernels.py:16:fix'] },
  { name: "a location as check prints it (FILE:LINE:COL)", args: ['kernels.py:16:5'], expected: ['kernels.py:16:fix'] },
  { name: 'a param with two findings: both', args: ['kernels.py:21'], expected: ['kernels.py:21:abi-mismatch', 'kernels.py:21:ok'] },
  { name: 'the def line: every param of the entry', args: ['kernels.py:14'], expected: SCALE },
  { name: 'a decorator line: every param of the entry', args: ['kernels.py:13'], expected: SCALE },
  { name: 'the closing line of the signature: every param of the entry', args: ['kernels.py:22'], expected: SCALE },
  { name: 'a one-line entry: all its params', args: ['kernels.py:9'], expected: ['kernels.py:9:ok', 'kernels.py:9:suppressed', 'kernels.py:9:suppressed'] },
  { name: 'a harness call: its era', args: ['kernels.py:54'], expected: ['kernels.py:54:era'] },
  { name: '--param ENTRY.PARAM', args: ['--param', 'scale.hits', '.'], expected: ['kernels.py:20:unresolved'] },
  { name: '--param and FILE:LINE together: both', args: ['--param', 'scale.hits,conflict.w', 'kernels.py:27'], expected: ['kernels.py:20:unresolved', 'kernels.py:27:inline-wrapper', 'kernels.py:46:evidence-conflict', 'kernels.py:46:fix', 'kernels.py:46:fix-breaks-abi'] },
];

describe('explain FILE:LINE and --param (issue 20)', () => {
  const dir = tree({ 'kernels.py': KINDS_MODULE });

  for (const { name, args, expected } of CASES) {
    test(`${name}: ${args.join(' ')}, in every format`, async () => {
      for (const format of FORMATS) {
        const t = io(dir);
        const code = await main(['explain', '--format', format, ...args], t.sink);
        expect({ format, code, err: t.err() }).toEqual({ format, code: 1, err: '' });
        expect({ format, keys: READERS[format](t.out(), t.err(), 'explain').sort() }).toEqual({ format, keys: expected });
      }
    });
  }

  test('a line with no entry, param or finding says so and what the file holds (exit 2)', async () => {
    for (const line of ['10', '37', '1']) {
      const t = io(dir);
      expect(await main(['explain', `kernels.py:${line}`], t.sink)).toBe(2);
      expect(t.out()).toBe('');
      expect(t.err()).toMatch(new RegExp(`^error: kernels\\.py:${line}: no entry param, entry or harness call with a finding on this line \\(pypto functions in this file: accumulate \\(lines 8-9\\), scale \\(lines 13-22\\), silu_tile`));
    }
  });

  test('--param naming no param is a usage error listing the params of that entry', async () => {
    const t = io(dir);
    expect(await main(['explain', '--param', 'scale.nope', '.'], t.sink)).toBe(2);
    expect(t.err()).toBe('error: --param scale.nope: no such param in the analyzed files (scale has src, dst, hits, old)\n');
    const u = io(dir);
    expect(await main(['explain', '--param', 'scale', '.'], u.sink)).toBe(2);
    expect(u.err()).toMatch(/expected ENTRY\.PARAM/);
  });

  test('an existing path wins over FILE:LINE: a file named kernels.py:16 is explained whole', async () => {
    const odd = tree({ 'kernels.py': KINDS_MODULE, 'kernels.py:16': ENTRY });
    const t = io(odd);
    expect(await main(['explain', '--format', 'json', 'kernels.py:16'], t.sink)).toBe(1);
    expect(READERS.json(t.out(), '', 'explain').sort()).toEqual(['kernels.py:16:15:era', 'kernels.py:16:6:fix', 'kernels.py:16:6:ok']);
    // and a missing file is missing, with or without a line
    const m = io(odd);
    expect(await main(['explain', 'gone.py:3'], m.sink)).toBe(2);
    expect(m.out()).toMatch(/^error: gone\.py:3: no such file or directory$/m);
    expect(fs.existsSync(path.join(odd, 'gone.py'))).toBe(false);
  });
});
