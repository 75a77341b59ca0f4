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

describe('harness edits are checked by their contracts', () => {
  const CALL = 'from golden import run_jit\nrun_jit(fn=f, compile_cfg=dict(a=1), runtime_cfg=dict(b=2), rtol=1)\n';
  const c1 = CALL.indexOf('compile_cfg=');
  const c1End = CALL.indexOf('),', c1) + 1;
  const r1 = CALL.indexOf('runtime_cfg=');
  const r1End = CALL.indexOf('),', r1) + 1;
  const merges = [{ start: c1, end: c1End }, { start: r1, end: r1End }];
  const drop: Edit = { start: c1End, end: r1End, text: '', kind: 'harness-drop', keyword: merges[1] };
  const config = (text: string): Edit => ({ start: c1, end: c1End, text, kind: 'harness-config', target: merges[0], merges });

  test('a merged config with every key passes; one that loses or changes a key does not', async () => {
    expect(await verifierVerdict(CALL, [config('config=dict(a=1, b=2)'), drop])).toBeUndefined();
    expect(await verifierVerdict(CALL, [config('config={**dict(a=1), **dict(b=2)}'), drop])).toBeUndefined();
    expect(await verifierVerdict(CALL, [config('config=dict(a=1)'), drop])).toMatch(/does not hold exactly the keys/);
    expect(await verifierVerdict(CALL, [config('config=dict(a=1, b=3)'), drop])).toMatch(/does not hold exactly the keys/);
    expect(await verifierVerdict(CALL, [config('config=dict(b=2, a=1)'), drop])).toMatch(/does not hold exactly the keys/);
  });

  test('a drop must be a merged config keyword; a rename must be the callee run_jit', async () => {
    const rtol = CALL.indexOf('rtol=1');
    expect(await verifierVerdict(CALL, [{ start: r1End, end: rtol + 6, text: '', kind: 'harness-drop', keyword: { start: rtol, end: rtol + 6 } }])).toMatch(/not a compile_cfg or runtime_cfg keyword/);
    const callee = CALL.indexOf('run_jit(');
    expect(await verifierVerdict(CALL, [{ start: callee, end: callee + 7, text: 'run', kind: 'harness-rename' }])).toBeUndefined();
    const imported = CALL.indexOf('run_jit');
    expect(await verifierVerdict(CALL, [{ start: imported, end: imported + 7, text: 'run', kind: 'harness-rename' }])).toMatch(/not the callee/);
  });

  test('an import may name run for run_jit, never import run twice', async () => {
    const src = 'from golden import run, run_jit\n';
    const target = { start: 0, end: src.length - 1 };
    expect(await verifierVerdict(src, [{ ...target, text: 'from golden import run', kind: 'harness-import', target }])).toBeUndefined();
    expect(await verifierVerdict(src, [{ ...target, text: 'from golden import run, run', kind: 'harness-import', target }])).toMatch(/not run in place of run_jit/);
    expect(await verifierVerdict(src, [{ ...target, text: 'from other import run', kind: 'harness-import', target }])).toMatch(/changes the module/);
  });
});
