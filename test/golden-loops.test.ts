import fc from 'fast-check';
import { goldenSteps, GoldenReading, readGolden } from '../src/analyze/golden/reader';
import type { Value } from '../src/analyze/eval/values';
import { evaluate } from './helpers/evaluate';
import { readGolden as readGoldenBefore } from './helpers/golden-oracle/reader';

/** Everything a reading says, in order: uses with their evidence node, unresolved writes with theirs. */
function plainReading(r: Pick<GoldenReading, 'uses' | 'unresolved'> | undefined) {
  if (!r) return undefined;
  return {
    uses: [...r.uses].map(([k, u]) => [k, u.name, u.direction, u.role, u.path, u.node.startIndex, u.node.endIndex]),
    unresolved: r.unresolved.map((u) => [u.path, u.node.startIndex, u.why]),
  };
}

/** The reading of `g` in a snippet by this reader and by the reader before the loop transfer. */
async function bothReadings(src: string) {
  const m = await evaluate(src);
  return { now: plainReading(readGolden(m.get('g'))), old: plainReading(readGoldenBefore(m.get('g'))) };
}

function dirs(r: ReturnType<typeof plainReading>): Record<string, string> {
  return Object.fromEntries((r?.uses ?? []).map((u) => [u[0], `${u[2]} ${u[3]}`]));
}

/** The reading of `g` by this reader only, with the walk steps taken. */
async function readNow(src: string) {
  const m = await evaluate(src);
  const before = goldenSteps();
  const now = plainReading(readGolden(m.get('g')));
  return { now, steps: goldenSteps() - before };
}

/** A golden whose writes sit `depth` loops deep: `acc` read then written, `out` written, `part` written in part. */
function nested(depth: number): string {
  const lines = ['import sys', 'def g(tensors):'];
  for (let i = 0; i < depth; i++) lines.push(`${'    '.repeat(i + 1)}for i${i} in range(2):`);
  const pad = '    '.repeat(depth + 1);
  lines.push(`${pad}y = tensors["acc"] + 1`, `${pad}tensors["acc"][:] = y`, `${pad}tensors["out"][:] = 0`, `${pad}tensors["part"][i0] = 1`);
  return lines.join('\n') + '\n';
}

describe('golden loops are read once per body', () => {
  test('loops nested 20 deep cost 20 body readings, not 2^20, and answer as shallow nests did before', async () => {
    for (const depth of [1, 2, 3, 8]) {
      const r = await bothReadings(nested(depth));
      expect(r.now).toEqual(r.old);
    }
    const deep = await readNow(nested(20));
    expect(dirs(deep.now)).toEqual(dirs((await bothReadings(nested(3))).old));
    expect(dirs(deep.now)).toEqual({ acc: 'InOut golden-read', out: 'InOut golden-read', part: 'InOut golden-read' });
    // linear: one more loop costs the same few steps at any depth (the doubling reader walked the innermost body 2^20 times)
    expect(deep.steps).toBeLessThan(200);
    expect(deep.steps - (await readNow(nested(19))).steps).toBe((await readNow(nested(10))).steps - (await readNow(nested(9))).steps);
  });

  test('a read that reaches the next iteration\'s write makes InOut, with the read as evidence', async () => {
    const src = `import ext
def g(tensors):
    for i in range(4):
        if ext.cond():
            tensors["acc"][:] = 1
        y = tensors["acc"] + 1
        tensors["out"][:] = 0
        z = tensors["out"] + 1
    tensors["out"][:] = 1
`;
    const r = await bothReadings(src);
    expect(r.now).toEqual(r.old);
    expect(dirs(r.now)).toEqual({ acc: 'InOut golden-read', out: 'Out golden-write' });
    // acc: only the second iteration's write meets the first one's read, which is the evidence
    expect(r.now!.uses[0][5]).toBe(src.indexOf('tensors["acc"] + 1'));
    expect(r.now!.uses[1][5]).toBe(src.indexOf('tensors["out"][:] = 0'));
  });

  test('partial writes in a loop, and a loop that may not run, make InOut', async () => {
    const r = await bothReadings(`def g(tensors):
    for r in range(4):
        tensors["rows"][r] = r
    while tensors["n"].item() > 0:
        tensors["w"][:] = 1
    tensors["kept"][:] = 0
    for r in range(2):
        tensors["kept"][r] += 1
`);
    expect(r.now).toEqual(r.old);
    expect(dirs(r.now)).toEqual({ rows: 'InOut golden-read', w: 'InOut golden-read', kept: 'Out golden-write' });
  });

  test('a body that binds a name it used earlier is read a second time, as the second iteration sees the binding', async () => {
    const r = await bothReadings(`def g(tensors):
    out = None
    for i in range(2):
        out[:] = 1
        out = tensors["o"]
    d = {}
    for i in range(2):
        d["x"][:] = 2
        d["x"] = tensors["p"]
`);
    expect(r.now).toEqual(r.old);
    // written only from the second iteration on: on the path of one iteration it is compared untouched
    expect(dirs(r.now)).toEqual({ o: 'InOut golden-read', p: 'InOut golden-read' });
  });
});

// ---- the reader answers as the one before it on generated goldens ----

const KEYS = ['a', 'b', 'c'];
const keyArb = fc.constantFrom(...KEYS);
const exprArb = fc.oneof(
  fc.constant('1'),
  fc.constant('z'),
  fc.constant('v'),
  keyArb.map((k) => `tensors["${k}"]`),
  keyArb.map((k) => `tensors["${k}"].clone()`),
  keyArb.map((k) => `tensors["${k}"].shape[0]`),
  keyArb.map((k) => `d["${k}"]`),
);

type Stmt = { line: string } | { head: string; body: Stmt[]; tail?: Array<{ head: string; body: Stmt[] }> };

const simpleArb: fc.Arbitrary<Stmt> = fc.oneof(
  fc.tuple(keyArb, exprArb).map(([k, e]) => `tensors["${k}"][:] = ${e}`),
  fc.tuple(keyArb, exprArb).map(([k, e]) => `tensors["${k}"][0] = ${e}`),
  keyArb.map((k) => `tensors["${k}"] += 1`),
  fc.tuple(keyArb, fc.constantFrom('add_(1)', 'copy_(z)', 'zero_()', 'fill_(2)')).map(([k, m]) => `tensors["${k}"].${m}`),
  keyArb.map((k) => `v = tensors["${k}"]`),
  keyArb.map((k) => `v = tensors["${k}"][1]`),
  fc.constantFrom('v[:] = 3', 'v += 1', 'v.zero_()', 'v = 0', 'z = v + 1', 'v = z'),
  fc.tuple(exprArb).map(([e]) => `z = ${e} * 2`),
  fc.constantFrom('d = dict(tensors)', 'd = {}', 'd = {"a": tensors["b"]}', 'put(tensors)', 'bump(d)', 'print(d)', 's = "c"', 'tensors[s][:] = 1', 'tensors[ext()][:] = 1', 'pass'),
  fc.tuple(keyArb, keyArb).map(([k, j]) => `d["${k}"] = tensors["${j}"]`),
  fc.tuple(keyArb, exprArb).map(([k, e]) => `d["${k}"][:] = ${e}`),
).map((line) => ({ line }));

const blockArb: fc.Memo<Stmt[]> = fc.memo((n) => fc.array(n > 1 ? stmtArb(n - 1) : simpleArb, { minLength: 1, maxLength: 4 }));
const stmtArb: fc.Memo<Stmt> = fc.memo((n) =>
  fc.oneof(
    { weight: 3, arbitrary: simpleArb },
    fc.tuple(fc.constantFrom('for i in range(3):', 'while cond():', 'for k in ["a", "b"]:', 'for z in tensors["c"]:', 'with ctx():'), blockArb(n)).map(([head, body]) => ({ head, body })),
    fc.tuple(fc.constantFrom('if cond():', 'if "a" in tensors:', 'if "b" in d:'), blockArb(n), fc.option(blockArb(n)), fc.boolean()).map(([head, body, other, elif]) => ({
      head,
      body,
      tail: other ? [{ head: elif ? 'elif cond():' : 'else:', body: other }] : undefined,
    })),
    fc.tuple(blockArb(n), blockArb(n), fc.option(blockArb(n))).map(([body, handler, fin]) => ({
      head: 'try:',
      body,
      tail: [{ head: 'except Exception:', body: handler }, ...(fin ? [{ head: 'finally:', body: fin }] : [])],
    })),
  ),
);

function render(stmts: Stmt[], indent: string): string[] {
  return stmts.flatMap((s) =>
    'line' in s
      ? [indent + s.line]
      : [indent + s.head, ...render(s.body, indent + '    '), ...(s.tail ?? []).flatMap((t) => [indent + t.head, ...render(t.body, indent + '    ')])],
  );
}

const PRELUDE = `import ext
from ext import cond, ctx

def put(t):
    t["c"][:] = 1
    for i in range(2):
        t["a"][i] += 1

def bump(t):
    t["b"].add_(1)
    t["a"][:] = 0

`;

describe('the linear reader answers as the doubling one did', () => {
  test('same uses, roles, evidence nodes and unresolved writes, in the same order, on generated goldens', async () => {
    const goldens = fc.sample(fc.array(stmtArb(4), { minLength: 1, maxLength: 6 }), { seed: 20261204, numRuns: 250 });
    let loops = 0;
    for (const body of goldens) {
      const src = `${PRELUDE}def g(tensors):\n    d = {}\n    v = None\n    z = 0\n    s = "a"\n${render(body, '    ').join('\n')}\n`;
      if (/\n\s+(for|while) /.test(src.slice(PRELUDE.length))) loops++;
      const r = await bothReadings(src);
      if (JSON.stringify(r.now) !== JSON.stringify(r.old)) throw new Error(`readings differ on:\n${src}\nnow: ${JSON.stringify(r.now)}\nold: ${JSON.stringify(r.old)}`);
    }
    expect(loops).toBeGreaterThan(120); // the sample exercises loops, nested ones among them
  }, 120_000);
});

describe('golden readings are reused by source', () => {
  test('the same function source is read again only when a closure lookup finds something else', async () => {
    const { GoldenReadings } = await import('../src/analyze/golden/memo');
    const m = await evaluate(`def make(k):
    return lambda t: t[k].zero_()

ga = make("a")
ga2 = make("a")
gb = make("b")
`);
    const closure = (v: Value) => (v.k === 'lambda' ? v.closure : undefined);
    expect(closure(m.get('ga'))).toBeDefined();
    expect(closure(m.get('ga'))).not.toBe(closure(m.get('ga2'))); // each call makes its own closure
    const readings = new GoldenReadings();
    const a = readings.read(m.get('ga'));
    expect(readings.read(m.get('ga2'))).toBe(a);
    expect(readings.made).toBe(1);
    const b = readings.read(m.get('gb'));
    expect(readings.made).toBe(2);
    expect([...a!.uses.keys()]).toEqual(['a']);
    expect([...b!.uses.keys()]).toEqual(['b']);
  });
});
