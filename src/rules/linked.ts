import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import type { SpecRecord } from '../analyze/eval/values';
import type { Invocation } from '../analyze/link';
import { bindEntry, type EntryBinding, specsByParam } from '../decide/binding';
import { functionKey, targetsOf } from '../decide/decide';
import { reachableSpecs } from '../decide/evidence';
import type { Analysis } from './types';

/** One harness call's link to one entry: the entry and, per param, the specs bound to it. */
export interface EntryLink {
  inv: Invocation;
  entry: PyptoFunction;
  /** Specs of the final list the harness receives, bound to each param (with whether surely built). */
  final: Map<ParamInfo, Map<SpecRecord, boolean>>;
  /** Every spec built for the call (`--evidence all`), bound to each param. */
  all: Map<ParamInfo, Map<SpecRecord, boolean>>;
  /** How the runner binds the final list to this entry (places, names, contests). */
  binding: EntryBinding;
}

/** Every (harness call, entry) link of an analysis, computed once. */
export function entryLinks(a: Analysis): EntryLink[] {
  const memo = a.memo.get('entry-links') as EntryLink[] | undefined;
  if (memo) return memo;
  const byKey = new Map(a.functions.map((f) => [functionKey(f.module.path, f.def), f]));
  const out: EntryLink[] = [];
  for (const inv of a.invocations) {
    const finalSpecs = reachableSpecs(inv.specs);
    for (const entry of targetsOf(inv.target, byKey).entries) {
      const binding = bindEntry(inv, entry);
      const bind = (specs: Map<SpecRecord, boolean>) => {
        const m = new Map<ParamInfo, Map<SpecRecord, boolean>>();
        for (const [param, list] of specsByParam(binding, specs)) m.set(param, new Map(list));
        // a contested param (its place and its name disagree) is linked to both readings
        for (const [param, c] of binding.contested) {
          for (const spec of [...c.byPlace, ...c.byName]) {
            if (!specs.has(spec)) continue;
            if (!m.has(param)) m.set(param, new Map());
            m.get(param)!.set(spec, specs.get(spec)!);
          }
        }
        return m;
      };
      out.push({ inv, entry, final: bind(finalSpecs), all: bind(inv.evidence), binding });
    }
  }
  a.memo.set('entry-links', out);
  return out;
}
