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

describe('each edit kind is checked by its own contract', () => {
  const wrapped = SRC.indexOf('pl.Out[');
  const inner = SRC.indexOf('pl.Tensor', wrapped);
  const innerEnd = SRC.indexOf(']]', inner) + 1;
  const wrapperEnd = innerEnd + 1;
  const target = { start: wrapped, end: wrapperEnd };

  test('unwrap: the opening and the closing of a wrapper go, the type stays', async () => {
    const edits: Edit[] = [
      { start: wrapped, end: inner, text: '', kind: 'unwrap', target },
      { start: innerEnd, end: wrapperEnd, text: '', kind: 'unwrap', target },
    ];
    expect(await check(edits)).toBeUndefined();
  });

  test('unwrap: taking part of the type with the opening is refused', async () => {
    const edits: Edit[] = [
      { start: wrapped, end: inner + 3, text: '', kind: 'unwrap', target },
      { start: innerEnd, end: wrapperEnd, text: '', kind: 'unwrap', target },
    ];
    expect(await check(edits)).toBeDefined();
  });

  test('unwrap: a wrapper that is not a direction is refused', async () => {
    const src = SRC.replace('pl.Out[', 'pl.Box[');
    const edits: Edit[] = [
      { start: wrapped, end: inner, text: '', kind: 'unwrap', target },
      { start: innerEnd, end: wrapperEnd, text: '', kind: 'unwrap', target },
    ];
    expect(await verifierVerdict(src, edits)).toMatch(/not a direction wrapper/);
  });

  test('an edit of one kind cannot pass as another: a wrapper insertion that inserts anything else is refused', async () => {
    const ann = SRC.indexOf('pl.Tensor[[4], pl.FP32]');
    expect(await check([{ start: ann, end: ann, text: 'pl.Box[', kind: 'wrap' }, { start: ann + 23, end: ann + 23, text: ']', kind: 'wrap' }])).toMatch(/not a direction wrapper/);
    // and a rename to something other than a direction
    expect(await check([{ start: wrapped + 3, end: wrapped + 6, text: 'Box', kind: 'rename' }])).toMatch(/not a direction wrapper/);
  });
});
