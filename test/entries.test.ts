import { findFunctions } from '../src/analyze/entries';
import { pyptoSymbols, spellMember } from '../src/analyze/pypto-symbols';
import { parseModule } from '../src/parse/module';

async function functionsOf(src: string) {
  const parsed = await parseModule('m.py', Buffer.from(src));
  const symbols = pyptoSymbols(parsed.tree.rootNode);
  return { fns: findFunctions(parsed, symbols), symbols };
}

describe('entry detection', () => {
  test('roles of jit decorators', async () => {
    const src = [
      'import pypto.language as pl',
      '@pl.jit\ndef a(x: pl.Tensor[[1], pl.FP32]): pass',
      '@pl.jit(auto_scope=False)\ndef b(x: pl.Tensor[[1], pl.FP32]): pass',
      '@pl.jit.host\ndef c(x: pl.Tensor[[1], pl.FP32]): pass',
      '@pl.jit.host(auto_scope=False)\ndef c2(x: pl.Tensor[[1], pl.FP32]): pass',
      '@pl.jit.inline\ndef d(x: pl.Out[pl.Tensor[[1], pl.FP32]]): pass',
      '@pl.jit.incore\ndef e(x: pl.Tensor[[1], pl.FP32]): pass',
      '@pl.jit.extern(core_type=1)\ndef f(x: pl.Tensor[[1], pl.FP32]): pass',
      'def g(x): pass',
    ].join('\n');
    const { fns } = await functionsOf(src);
    expect(fns.map((f) => [f.name, f.role])).toEqual([
      ['a', 'l2'], ['b', 'l2'], ['c', 'host'], ['c2', 'host'], ['d', 'inline'], ['e', 'kernel'], ['f', 'kernel'],
    ]);
  });

  test('program methods: Orchestration/Opaque are entries, InCore is not, self is dropped', async () => {
    const src = [
      'import pypto.language as pl',
      'def build():',
      '    @pl.program',
      '    class P:',
      '        @pl.function(type=pl.FunctionType.InCore)',
      '        def k(self, a: pl.Tensor[[1], pl.FP32]): pass',
      '        @pl.function(type=pl.FunctionType.Orchestration)',
      '        def o(self, a: pl.Tensor[[1], pl.FP32]): pass',
      '        @pl.function(type=pl.FunctionType.Opaque)',
      '        def q(self, a: pl.Tensor[[1], pl.FP32]): pass',
      '        @pl.function(level=pl.Level.HOST, role=pl.Role.Orchestrator)',
      '        def h(self, a: pl.Tensor[[1], pl.FP32]): pass',
      '    return P',
    ].join('\n');
    const { fns } = await functionsOf(src);
    expect(fns.map((f) => [f.name, f.role, f.params.map((p) => p.name).join(',')])).toEqual([
      ['k', 'kernel', 'a'], ['o', 'l2', 'a'], ['q', 'l2', 'a'], ['h', 'host', 'a'],
    ]);
  });

  test('aliases: from pypto import language as X, bare names, and the other DSL', async () => {
    const a = await functionsOf('from pypto import language as L\n@L.jit\ndef a(x: L.Tensor[[1], L.FP32]): pass\n');
    expect(a.fns.map((f) => f.role)).toEqual(['l2']);
    const b = await functionsOf('from pypto.language import jit, Tensor, InOut\n@jit\ndef a(x: Tensor[[1], "f"]): pass\n');
    expect(b.fns.map((f) => f.role)).toEqual(['l2']);
    expect(spellMember('InOut', b.symbols)).toBe('InOut');
    expect(spellMember('Out', b.symbols)).toBeUndefined();
    const c = await functionsOf('import pypto\n@pypto.frontend.jit\ndef a(x: pypto.Tensor): pass\n');
    expect(c.fns).toEqual([]);
  });

  test('param annotations: wrappers, scalars, suppression', async () => {
    const src = [
      'import pypto.language as pl',
      '@pl.jit',
      'def a(',
      '    t: pl.Tensor[[1], pl.FP32],',
      '    o: pl.Out[pl.Tensor[[1], pl.FP32]],',
      '    io: pl.InOut[',
      '        pl.Tensor[[1], pl.FP32]',
      '    ],',
      '    s: pl.Scalar[pl.INT32],',
      '    keep: pl.Tensor[[1], pl.FP32],  # pypto-direction: ignore',
      '    w: pld.DistributedTensor[[1], pl.FP32],',
      '): pass',
    ].join('\n');
    const { fns } = await functionsOf(src);
    expect(fns[0].params.map((p) => [p.name, p.direction, p.typeKind, p.suppressed])).toEqual([
      ['t', 'In', 'tensor', false],
      ['o', 'Out', 'tensor', false],
      ['io', 'InOut', 'tensor', false],
      ['s', 'In', 'scalar', false],
      ['keep', 'In', 'tensor', true],
      ['w', 'In', 'other', false],
    ]);
  });
});
