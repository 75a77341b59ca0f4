import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findFunctions } from '../src/analyze/entries';
import { pyptoSymbols } from '../src/analyze/pypto-symbols';
import { Direction, rank } from '../src/model';
import { parseModule } from '../src/parse/module';
import { analyzeFiles } from '../src/run/pipeline';
import { applyEdits } from '../src/rewrite/apply';
import { parsesCleanly } from './helpers/fixtures';

/** One generated param: how it is annotated and what its spec says. */
interface ParamCase {
  kind: 'tensor' | 'scalar';
  wrapper: Direction;
  multiline: boolean;
  comment: boolean;
  spec: 'none' | 'input' | 'out' | 'inout';
}

const paramArb: fc.Arbitrary<ParamCase> = fc.record({
  kind: fc.constantFrom('tensor', 'tensor', 'tensor', 'scalar'),
  wrapper: fc.constantFrom<Direction>('In', 'In', 'Out', 'InOut'),
  multiline: fc.boolean(),
  comment: fc.boolean(),
  spec: fc.constantFrom('none', 'input', 'out', 'inout'),
});

const fileArb = fc.record({
  alias: fc.constantFrom('pl', 'pto', 'L'),
  params: fc.array(paramArb, { minLength: 1, maxLength: 6 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  nonAscii: fc.boolean(),
  decorator: fc.constantFrom('jit', 'jit(auto_scope=False)'),
});

type FileCase = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

function annotation(p: ParamCase, a: string): string {
  if (p.kind === 'scalar') return `${a}.Scalar[${a}.INT32]`;
  const tensor = p.multiline ? `${a}.Tensor[\n        [4, 8],\n        ${a}.FP32,\n    ]` : `${a}.Tensor[[4, 8], ${a}.FP32]`;
  return p.wrapper === 'In' ? tensor : `${a}.${p.wrapper}[${tensor}]`;
}

/** Renders a generated case as Python source (text without BOM) and the bytes on disk. */
function render(c: FileCase): { text: string; bytes: Buffer } {
  const a = c.alias;
  const lines = [`import pypto.language as ${a}`, 'from golden import TensorSpec, ScalarSpec, run_jit', ''];
  if (c.nonAscii) lines.push('# 输出张量 — résumé 😀', '');
  lines.push(`@${a}.${c.decorator}`, 'def entry(');
  c.params.forEach((p, i) => lines.push(`    p${i}: ${annotation(p, a)},${p.comment ? `  # param ${i}` : ''}`));
  lines.push('):', '    pass', '', '', 'def build_tensor_specs():', '    return [');
  c.params.forEach((p, i) => {
    if (p.spec === 'none') return;
    if (p.kind === 'scalar') {
      lines.push(`        ScalarSpec("p${i}", "i32", 1),`);
      return;
    }
    const extra = p.spec === 'input' ? ', init_value=1.0' : p.spec === 'out' ? ', is_output=True' : ', init_value=lambda: 0, is_output=True';
    lines.push(`        TensorSpec("p${i}", [4, 8], "fp32"${extra}),`);
  });
  lines.push('    ]', '', '', 'if __name__ == "__main__":', '    run_jit(fn=entry, specs=build_tensor_specs())', '');
  const text = lines.join(c.crlf ? '\r\n' : '\n');
  return { text, bytes: Buffer.from((c.bom ? '\ufeff' : '') + text, 'utf8') };
}

/** What the rule says each param must end up as (never lower than it is). */
function oracle(p: ParamCase): Direction {
  if (p.kind === 'scalar') return 'In'; // rendered without a wrapper, and never wrapped
  const want: Direction = p.spec === 'out' ? 'Out' : p.spec === 'inout' ? 'InOut' : 'In';
  return rank(want) > rank(p.wrapper) ? want : p.wrapper;
}

async function directionsOf(text: string): Promise<Direction[]> {
  const parsed = await parseModule('gen.py', Buffer.from(text));
  const fns = findFunctions(parsed, pyptoSymbols(parsed.tree.rootNode));
  return fns[0].params.map((p) => p.direction);
}

const ALLOWED_EDIT = /^([A-Za-z_]+\.)?(Out|InOut)\[$|^\]$|^InOut$/;

describe('properties of fix over generated entry/spec files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-prop-'));
  let n = 0;

  test('only wrapper text changes, the rule holds, nothing is lowered, and fix is idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, async (c) => {
        const { text, bytes } = render(c);
        const file = path.join(dir, `gen${n++}.py`);
        fs.writeFileSync(file, bytes);
        const [res] = (await analyzeFiles([file])).files;
        expect(res.error).toBeUndefined();
        const out = res.output ?? text;

        // edits are wrapper text only, and they alone explain the output
        for (const e of res.edits) {
          expect(e.text).toMatch(ALLOWED_EDIT);
          if (e.end > e.start) expect(text.slice(e.start, e.end)).toBe('Out');
        }
        expect(applyEdits(text, res.edits)).toBe(out);
        expect(await parsesCleanly(out)).toBe(true);
        // line endings are untouched: same count of CR and LF
        expect(out.split('\r').length).toBe(text.split('\r').length);
        expect(out.split('\n').length).toBe(text.split('\n').length);

        const before = await directionsOf(text);
        const after = await directionsOf(out);
        expect(after).toEqual(c.params.map(oracle));
        after.forEach((d, i) => expect(rank(d)).toBeGreaterThanOrEqual(rank(before[i])));

        // a second run over the output changes nothing
        fs.writeFileSync(file, Buffer.from((c.bom ? '\ufeff' : '') + out, 'utf8'));
        const [again] = (await analyzeFiles([file])).files;
        expect(again.edits).toEqual([]);
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
