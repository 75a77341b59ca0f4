import type { ParamInfo } from '../analyze/entries';
import { GoldenReading, readGolden } from '../analyze/golden/reader';
import type { Invocation } from '../analyze/link';
import type { Value } from '../analyze/eval/values';
import type { EntryLink } from './linked';
import type { Analysis } from './types';

/**
 * The static reading of a harness call's golden function, or undefined
 * without one. Memoized per function (definition, closure, bound self):
 * every path of a harness region makes an invocation of its own, and they
 * share their golden.
 */
export function goldenOf(a: Analysis, inv: Invocation): GoldenReading | undefined {
  if (!inv.golden) return undefined;
  let memo = a.memo.get('golden') as Map<string, GoldenReading | undefined> | undefined;
  if (!memo) a.memo.set('golden', (memo = new Map()));
  const key = goldenKey(inv.golden);
  if (!memo.has(key)) memo.set(key, readGolden(inv.golden, a.importsAt, a.work));
  return memo.get(key);
}

const identities = new WeakMap<object, number>();
let counter = 0;
function idOf(o: object | undefined): number {
  if (!o) return 0;
  let id = identities.get(o);
  if (id === undefined) identities.set(o, (id = ++counter));
  return id;
}

/** What a golden reading depends on: each option's definition, closure and bound self. */
function goldenKey(v: Value): string {
  const options = v.k === 'oneOf' ? v.options : [v];
  return options
    .map((o) => (o.k === 'func' ? `f${o.mod.path}:${o.def.id}:${idOf(o.closure)}:${idOf(o.self)}` : o.k === 'lambda' ? `l${idOf(o)}` : `-${idOf(o)}`))
    .join('|');
}

/** The string keys of a `compare_fn=` dict (on any path): names the harness compares. */
export function compareKeys(v: Value | undefined): Set<string> {
  const out = new Set<string>();
  for (const opt of v ? (v.k === 'oneOf' ? v.options : [v]) : []) {
    if (opt.k === 'dict') for (const [k] of opt.entries) if (k.k === 'str') out.add(k.v);
  }
  return out;
}

/** The harness's name for each param of a link: its spec's name (PTOTestCase binds by position), else the param's. */
export function harnessNames(link: EntryLink): Map<string, ParamInfo> {
  const out = new Map<string, ParamInfo>();
  for (const p of link.entry.params) out.set(p.name, p);
  for (const [param, specs] of link.final) for (const s of specs.keys()) if (s.name.k === 'str') out.set(s.name.v, param);
  return out;
}
