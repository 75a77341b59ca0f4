import fc from 'fast-check';
import { findEntry, putEntry } from '../src/analyze/eval/dicts';
import { BudgetExceeded, Interp, namedFailure } from '../src/analyze/eval/interpreter';
import { MAX_ITEMS, MAX_OPTIONS } from '../src/analyze/eval/limits';
import { ModuleContext } from '../src/analyze/eval/module-context';
import { Scope } from '../src/analyze/eval/scope';
import { Value, looseEquals, oneOf } from '../src/analyze/eval/values';
import { Project } from '../src/analyze/project';
import { evaluate, plain } from './helpers/evaluate';

describe('the evaluator bounds what it builds', () => {
  test('a list doubled 64 times becomes unknown, naming its size and line, in well under a second', async () => {
    const started = Date.now();
    const m = await evaluate('S = [1]\nfor i in range(64):\n    S = S + S\nN = len(S)\n');
    const s = m.get('S');
    expect(s.k).toBe('unknown');
    expect(s.k === 'unknown' && s.why).toBe('value too large: a list of 131072 items (line 3)');
    expect(m.get('N').k).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('what is computed from a value past a bound keeps its reason and line: its length, a comparison of it', async () => {
    const m = await evaluate('S = "ab"\nL = [1]\nfor i in range(64):\n    S = S + S\n    L = L + L\nA = len(S) > 0\nB = len(L)\nC = 2 < len(L) < 10\n');
    expect(m.get('A')).toMatchObject({ k: 'unknown', why: 'value too large: a string of 1048576 characters (line 4)' });
    expect(m.get('B')).toMatchObject({ k: 'unknown', why: 'value too large: a list of 131072 items (line 5)' });
    expect(m.get('C')).toMatchObject({ k: 'unknown', why: 'value too large: a list of 131072 items (line 5)' });
  });

  test('strings: concatenation, f-strings, join and replace stop at the bound', async () => {
    const m = await evaluate('A = "ab"\nB = "ab"\nC = "ab"\nD = "ab"\nfor i in range(64):\n    A = A + A\n    B = f"{B}{B}"\n    C = C.join([C, C])\n    D = D.replace("a", "aa")\nE = "x" * 3\n');
    for (const name of ['A', 'B', 'C', 'D']) {
      const v = m.get(name);
      expect(v.k === 'unknown' && v.why).toMatch(/value too large: a string of (over )?\d+ characters \(line \d+\)/);
    }
  });

  test('a list growing in place stops at the bound, inexact, saying why', async () => {
    const m = await evaluate('A = [1]\nB = [1]\nfor i in range(64):\n    A.extend(A)\n    B += B\n');
    for (const name of ['A', 'B']) {
      const v = m.get(name);
      if (v.k !== 'seq') throw new Error(`${name} is ${v.k}`);
      expect(v.items.length).toBeLessThanOrEqual(MAX_ITEMS);
      expect(v.inexact).toBe(true);
      expect(v.why).toBe(`value too large: more than ${MAX_ITEMS} items`);
    }
  });

  test('small values are untouched: a thousand-item list, a repeated list, a 64-option union', async () => {
    const m = await evaluate('A = list(range(1000)) + list(range(1000))\nB = [0] * 5000\nC = A[1999]\n');
    expect(plain(m.get('C'))).toBe(999);
    const b = m.get('B');
    expect(b.k === 'seq' && b.items.length).toBe(5000);
    const options: Value[] = Array.from({ length: MAX_OPTIONS }, (_, i) => ({ k: 'num', v: i }));
    expect(oneOf(options).k).toBe('oneOf');
    const over = oneOf([...options, { k: 'num', v: -1 }]);
    expect(over.k === 'unknown' && over.why).toBe(`value too large: more than ${MAX_OPTIONS} possible values`);
    // a union merged with itself keeps its options once, in order
    const twice = oneOf([oneOf(options.slice(0, 3)), options[1], options[3]]);
    expect(twice.k === 'oneOf' && twice.options).toEqual(options.slice(0, 4));
  });

  test('cells built or scanned are counted: past the budget the evaluation stops at the statement', async () => {
    const m = await evaluate('X = 1\n');
    const project = new Project([]);
    const interp = new Interp(project, undefined, 500_000, 1000);
    interp.charge(1000);
    expect(() => interp.charge(1)).toThrow(BudgetExceeded);
    try {
      interp.charge(1);
    } catch (e) {
      expect((e as Error).message).toBe('value too large: over 1000 items built or scanned in one evaluation');
    }
    expect(m.get('X').k).toBe('num');
  });

  test('JavaScript range errors get named reasons; other errors are not ours to name', () => {
    expect(namedFailure(new RangeError('Maximum call stack size exceeded'))?.why).toBe('evaluation nested too deeply');
    expect(namedFailure(new RangeError('Invalid string length'))?.why).toBe('value too large');
    expect(namedFailure(new RangeError('Invalid array length'))?.why).toBe('value too large');
    expect(namedFailure(new TypeError('x is undefined'))).toBeUndefined();
  });
});

describe('dict entries found by key', () => {
  const literal = fc.oneof(
    fc.string({ maxLength: 2 }).map((v): Value => ({ k: 'str', v })),
    fc.integer({ min: -2, max: 3 }).map((v): Value => ({ k: 'num', v })),
    fc.constantFrom<Value>({ k: 'bool', v: true }, { k: 'bool', v: false }, { k: 'none' }, { k: 'num', v: NaN }, { k: 'num', v: 1.5 }),
  );
  const key: fc.Arbitrary<Value> = fc.oneof(
    { weight: 6, arbitrary: literal },
    { weight: 2, arbitrary: fc.tuple(fc.array(literal, { maxLength: 2 }), fc.boolean()).map(([items, tuple]): Value => ({ k: 'seq', tuple, items })) },
    { weight: 1, arbitrary: fc.array(literal, { minLength: 2, maxLength: 3 }).map((o) => oneOf(o)) },
    { weight: 1, arbitrary: fc.constant<Value>({ k: 'unknown', why: 'x' }) },
  );

  test('the index finds what a search entry by entry finds, also after entries are replaced', () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 0, maxLength: 60 }), fc.array(key, { maxLength: 20 }), (keys, probes) => {
        const dict: Value & { k: 'dict' } = { k: 'dict', entries: [] };
        const linear = (k: Value) => dict.entries.findIndex(([x]) => looseEquals(x, k) === true);
        for (const k of keys) {
          // what putEntry does, checked against the plain search before each insertion
          const expected = linear(k);
          expect(findEntry(dict, k)).toBe(expected);
          putEntry(dict, k, { k: 'none' });
        }
        for (const p of probes) expect(findEntry(dict, p)).toBe(linear(p));
      }),
      { numRuns: 300 },
    );
  });

  test('a 90 000-entry dict is built and read in linear time', async () => {
    const started = Date.now();
    const m = await evaluate('T = {i * 1000 + j: i for i in range(300) for j in range(300)}\nA = T[299299]\nB = T.get(5, -1)\nC = 42 in T\n');
    expect([plain(m.get('A')), plain(m.get('B')), plain(m.get('C'))]).toEqual([299, 0, true]);
    expect(Date.now() - started).toBeLessThan(30000); // entry by entry it took minutes
  });
});

describe('scope journal', () => {
  test('undo restores values and order, writtenSince lists first writes in order, release keeps writes', () => {
    const mod = new ModuleContext({ path: 'm.py' } as never);
    const scope = new Scope(mod, 'module');
    const n = (v: number): Value => ({ k: 'num', v });
    scope.set('a', n(1));
    scope.set('b', n(2));
    const outer = scope.mark();
    scope.set('c', n(3));
    scope.set('a', n(4));
    const inner = scope.mark();
    expect(inner.opened).toBe(false);
    scope.set('b', n(5));
    expect([...scope.writtenSince(inner)].map(([k, v]) => [k, plain(v)])).toEqual([['b', 5]]);
    scope.undo(inner);
    expect([...scope.writtenSince(outer)].map(([k, v]) => [k, plain(v)])).toEqual([['c', 3], ['a', 4]]);
    scope.undo(outer);
    expect([...scope.vars].map(([k, v]) => [k, plain(v)])).toEqual([['a', 1], ['b', 2]]);
    scope.set('d', n(6));
    scope.release(outer);
    scope.set('e', n(7)); // no journal: nothing to undo to
    expect([...scope.vars.keys()]).toEqual(['a', 'b', 'd', 'e']);
  });
});
