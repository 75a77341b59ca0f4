import type { Edit } from '../src/rewrite/edits';
import { verifierVerdict } from './helpers/verify';

const SRC = 'import pypto.language as pl\n\n@pl.jit\ndef f(a: pl.Tensor[[4], pl.FP32], b: pl.Out[pl.Tensor[[4], pl.FP32]]):\n    pass\n';

const check = (edits: Edit[]) => verifierVerdict(SRC, edits);

describe('structural verification of edits', () => {
  const ann = SRC.indexOf('pl.Tensor[[4], pl.FP32]');
  const annEnd = ann + 'pl.Tensor[[4], pl.FP32]'.length;
  const out = SRC.indexOf('Out[');

  test('a well-placed wrapper and a rename pass', async () => {
    expect(await check([{ start: ann, end: ann, text: 'pl.InOut[' }, { start: annEnd, end: annEnd, text: ']' }, { start: out, end: out + 3, text: 'InOut' }])).toBeUndefined();
  });

  test('a misplaced closing bracket that still parses is caught', async () => {
    const inner = SRC.indexOf('[4]', ann) + 3; // pl.Out[pl.Tensor[[4]], pl.FP32]
    expect(await check([{ start: ann, end: ann, text: 'pl.Out[' }, { start: inner, end: inner, text: ']' }])).toMatch(/subscript .* is not kept/);
  });

  test('text that merges with a neighbouring token is caught', async () => {
    // "plOut[" glued to the next identifier: pl.Tensor -> pl.OutXTensor would change a token
    const t = SRC.indexOf('Tensor', ann);
    expect(await check([{ start: t, end: t, text: 'X' }])).toBeDefined();
  });
});
