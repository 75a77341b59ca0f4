import { nullness, truthy } from '../src/analyze/eval/values';
import { evaluate, plain, specsOf } from './helpers/evaluate';

const PRELUDE = 'from golden import TensorSpec, ScalarSpec\n';

describe('static evaluator', () => {
  test('literals, arithmetic and string operations', async () => {
    const m = await evaluate('A = 3\nB = A * 4 + 1\nC = "kv" + "_cache"\nD = [1, 2][-1]\nE = "hca_cmp"[len("hca_"):]\nF = f"{C}_{A}"\n');
    expect([plain(m.get('B')), plain(m.get('C')), plain(m.get('D')), plain(m.get('E')), plain(m.get('F'))]).toEqual([13, 'kv_cache', 2, 'cmp', 'kv_cache_3']);
  });

  test('comprehension over literal pairs with is_output=name == "..."', async () => {
    const m = await evaluate(PRELUDE + 'S = [TensorSpec(n, s, "bf16", is_output=n == "kv") for n, s in [("x", [1]), ("kv", [2])]]\n');
    const specs = specsOf(m.get('S'));
    expect(specs.map((s) => [plain(s.name), truthy(s.isOutput)])).toEqual([['x', false], ['kv', true]]);
  });

  test('positional init_value is the fourth argument', async () => {
    const m = await evaluate(PRELUDE + 'S = [TensorSpec("a", [1], "fp32", 0.5, True), TensorSpec("b", [1], "fp32")]\n');
    const [a, b] = specsOf(m.get('S'));
    expect(nullness(a.initValue!)).toBe('notNone');
    expect(truthy(a.isOutput)).toBe(true);
    expect(b.initValue).toBeUndefined();
  });

  test('helper with defaults, `or`, and `is not None`', async () => {
    const src = PRELUDE + 'def mk(name, out_name=None):\n    return TensorSpec(out_name or name, [1], "f", is_output=out_name is not None)\nS = [mk("a"), mk("a", "b")]\n';
    const specs = specsOf((await evaluate(src)).get('S'));
    expect(specs.map((s) => [plain(s.name), truthy(s.isOutput)])).toEqual([['a', false], ['b', true]]);
  });

  test('append, extend, += and a decidable conditional append', async () => {
    const src = PRELUDE + 'FLAG = False\ndef b():\n    s = [TensorSpec("a", [1], "f")]\n    s.append(TensorSpec("b", [1], "f"))\n    s.extend([TensorSpec("c", [1], "f")])\n    s += [TensorSpec("d", [1], "f")]\n    if FLAG:\n        s.append(TensorSpec("e", [1], "f"))\n    return s\nS = b()\n';
    expect(specsOf((await evaluate(src)).get('S')).map((s) => plain(s.name))).toEqual(['a', 'b', 'c', 'd']);
  });

  test('dict of specs by name, lookups, .get with default, and attribute reads', async () => {
    const src = PRELUDE + 'base = [TensorSpec("kv", [2, 3], "f", init_value=1, is_output=True)]\nby = {s.name: s for s in base}\nK = by["kv"]\nG = by.get("nope", None)\nR = TensorSpec(K.name, [8, *K.shape], K.dtype, init_value=K.init_value, is_output=K.is_output)\n';
    const m = await evaluate(src);
    expect(plain(m.get('G'))).toBeNull();
    const r = m.get('R');
    if (r.k !== 'spec') throw new Error('not a spec');
    expect(plain(r.spec.shape)).toEqual([8, 2, 3]);
    expect(truthy(r.spec.isOutput)).toBe(true);
    expect(nullness(r.spec.initValue!)).toBe('notNone');
  });

  test('tuple returns unpack', async () => {
    const src = PRELUDE + 'def b():\n    return [TensorSpec("a", [1], "f")], {"ctx": 1}\nspecs, ctx = b()\n';
    expect(specsOf((await evaluate(src)).get('specs')).map((s) => plain(s.name))).toEqual(['a']);
  });

  test('undecidable values stay unknown and are never guessed', async () => {
    const src = PRELUDE + 'from somewhere import decide\nS = TensorSpec("a", [1], "f", is_output=decide())\nT = TensorSpec("b", [1], "f", is_output=True, init_value=maybe_name)\n';
    const m = await evaluate(src);
    const s = m.get('S');
    const t = m.get('T');
    if (s.k !== 'spec' || t.k !== 'spec') throw new Error('not specs');
    expect(truthy(s.spec.isOutput)).toBeUndefined();
    expect(nullness(t.spec.initValue!)).toBe('unknown');
  });

  test('an undecidable branch yields a union, decided only when all options agree', async () => {
    const src = 'import sys\ndef pick():\n    if sys.argv:\n        return "a"\n    return "b"\nK = pick()\nSAME = {"a": True, "b": True}[K]\nDIFF = {"a": True, "b": False}[K]\n';
    const m = await evaluate(src);
    expect(truthy(m.get('SAME'))).toBe(true);
    expect(truthy(m.get('DIFF'))).toBeUndefined();
  });

  test('isinstance against spec classes, and a dataclass config', async () => {
    const src = PRELUDE + 'from dataclasses import dataclass\n@dataclass(frozen=True)\nclass Cfg:\n    name: str\n    ratios: tuple\nC = Cfg("x", ratios=(0, 4))\nR = C.ratios[1]\nS = [s for s in [TensorSpec("a", [1], "f"), ScalarSpec("n", "i32", 3)] if isinstance(s, TensorSpec)]\n';
    const m = await evaluate(src);
    expect(plain(m.get('R'))).toBe(4);
    expect(specsOf(m.get('S')).length).toBe(1);
  });

  test('a raising validation branch does not make what follows uncertain', async () => {
    const src = PRELUDE + 'import sys\ndef b(n=sys.maxsize):\n    if n < 0:\n        raise ValueError("bad")\n    return [TensorSpec("a", [1], "f", is_output=True)]\n';
    const m = await evaluate(src);
    const fn = m.get('b');
    if (fn.k !== 'func') throw new Error('not a function');
    const { value, frame } = m.interp.withEvidence(() => m.interp.callFunction(fn, { positional: [], keywords: new Map(), hasUnknownSplat: false }));
    expect(specsOf(value).length).toBe(1);
    expect([...frame.specs.values()]).toEqual([true]);
  });

  test('loops are bounded: a huge range is not unrolled', async () => {
    const m = await evaluate('xs = list(range(10**9))\n');
    const xs = m.get('xs');
    expect(xs.k === 'seq' && xs.inexact).toBe(true);
  });
});

describe('set mutations on paths that may not run', () => {
  test('add/update inside an undecidable branch leave membership of those items undecided, others decided', async () => {
    const m = await evaluate('import sys\nk = sys.argv[1]\ns = {"kv"}\nif k == "hca":\n    s.update({"cmp"})\nelif k == "csa":\n    s.add("idx")\nA = "cmp" in s\nB = "kv" in s\nC = "idx" in s\nE = "w" in s\nt = {"a"}\nt.update(["b"])\nD = "b" in t\n');
    expect([truthy(m.get('A')), truthy(m.get('B')), truthy(m.get('C')), truthy(m.get('D')), truthy(m.get('E'))]).toEqual([undefined, true, undefined, true, false]);
  });
});
