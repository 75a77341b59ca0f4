import type { ParamInfo } from '../analyze/entries';
import { GoldenReadings } from '../analyze/golden/memo';
import type { GoldenReading } from '../analyze/golden/reader';
import type { Invocation } from '../analyze/link';
import type { Value } from '../analyze/eval/values';
import type { EntryLink } from './linked';
import type { Analysis } from './types';

/**
 * The static reading of a harness call's golden function, or undefined
 * without one. Read once per function source in an analysis: every path of
 * a harness region makes an invocation of its own, and they share their
 * golden.
 */
export function goldenOf(a: Analysis, inv: Invocation): GoldenReading | undefined {
  if (!inv.golden) return undefined;
  let readings = a.memo.get('golden') as GoldenReadings | undefined;
  if (!readings) a.memo.set('golden', (readings = new GoldenReadings(a.importsAt, a.work, a.keptReadings)));
  return readings.read(inv.golden);
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
