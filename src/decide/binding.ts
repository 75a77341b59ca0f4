import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import type { SpecRecord, Value } from '../analyze/eval/values';
import type { BindMode } from '../analyze/harness';
import type { Invocation } from '../analyze/link';

/**
 * Where a place of the final list and a spec's name point at two different
 * params: the runner gives `param` the specs at its place (`byPlace`, named
 * after other params), while the specs named after it sit elsewhere (`byName`).
 */
export interface Contest {
  byPlace: SpecRecord[];
  byName: SpecRecord[];
}

/** How the runner of one harness call gives the specs of its final list to one entry's params. */
export interface EntryBinding {
  entry: PyptoFunction;
  /** How dispatch hands this entry its tensors (L2 and L3 differ for call-style harnesses). */
  dispatch: BindMode;
  /** The params the places count, in order (every param, or the tensor params). */
  placed: ParamInfo[];
  /** The final list, one entry per place (a place may hold one of several specs), when it is exact. */
  places?: SpecRecord[][];
  /** Whether the places bind (an exact list as long as `placed`, dispatched by position). */
  byPlace: boolean;
  /** Each spec of the final list and the param dispatch gives it to (contested ones left out). */
  bound: Map<SpecRecord, ParamInfo>;
  /** Params whose place and whose name point at different specs. */
  contested: Map<ParamInfo, Contest>;
  /** Names of specs bound by place to a param of another name (`k2048_out` for `out`). */
  aliases: Map<string, ParamInfo>;
  /** The entry's params by name. */
  byName: Map<string, ParamInfo>;
  /** Every spec some contest holds at a place. */
  contestedSpecs: Set<SpecRecord>;
}

/**
 * Binds the final list of a harness call to an entry as its runner does:
 * by place where the runner dispatches by position and the list is exact and
 * as long as the params it counts, else by name. A place holding a spec named
 * after another param of the entry is contested, not bound: the runner and
 * the name disagree, and neither is taken on trust.
 */
export function bindEntry(inv: Invocation, entry: PyptoFunction): EntryBinding {
  const dispatch = entry.role === 'host' ? inv.binding.dispatch.host : inv.binding.dispatch.l2;
  const placed = inv.binding.counts === 'tensors' ? entry.params.filter((p) => p.typeKind !== 'scalar') : entry.params;
  const places = exactPlaces(inv.specs, inv.binding.counts);
  const byPlace = dispatch === 'position' && !!places && places.length === placed.length;
  const named = new Map(entry.params.map((p) => [p.name, p]));
  const out: EntryBinding = { entry, dispatch, placed, ...(places ? { places } : {}), byPlace, bound: new Map(), contested: new Map(), aliases: new Map(), byName: named, contestedSpecs: new Set() };
  if (!byPlace) {
    for (const spec of finalSpecs(inv.specs)) {
      const p = spec.name.k === 'str' ? named.get(spec.name.v) : undefined;
      if (p) out.bound.set(spec, p);
    }
    return out;
  }
  const contest = (p: ParamInfo) => {
    let c = out.contested.get(p);
    if (!c) out.contested.set(p, (c = { byPlace: [], byName: [] }));
    return c;
  };
  places!.forEach((specs, i) => {
    const param = placed[i];
    for (const spec of specs) {
      const name = spec.name.k === 'str' ? spec.name.v : undefined;
      const other = name !== undefined && name !== param.name ? named.get(name) : undefined;
      // PTOTestCase never compares names: its places always bind
      if (other && inv.binding.counts === 'all') {
        contest(param).byPlace.push(spec);
        contest(other).byName.push(spec);
        out.contestedSpecs.add(spec);
        continue;
      }
      out.bound.set(spec, param);
      if (name !== undefined && name !== param.name && !named.has(name)) out.aliases.set(name, param);
    }
  });
  return out;
}

/** The param a spec reaches through the binding: its place, else its name (or a name its place gave a param). */
export function paramOf(b: EntryBinding, spec: SpecRecord): ParamInfo | undefined {
  const bound = b.bound.get(spec);
  if (bound) return bound;
  if (b.contestedSpecs.has(spec) || spec.name.k !== 'str') return undefined;
  return b.byName.get(spec.name.v) ?? b.aliases.get(spec.name.v);
}

/** The specs of a map grouped by the param each reaches, in the map's order. */
export function specsByParam(b: EntryBinding, specs: Map<SpecRecord, boolean>): Map<ParamInfo, Array<[SpecRecord, boolean]>> {
  const out = new Map<ParamInfo, Array<[SpecRecord, boolean]>>();
  for (const [spec, certain] of specs) {
    const p = paramOf(b, spec);
    if (!p) continue;
    const list = out.get(p);
    if (list) list.push([spec, certain]);
    else out.set(p, [[spec, certain]]);
  }
  return out;
}

/**
 * The final list place by place, or undefined when it is not exact: a list
 * (not a branch choice of lists) whose every item is a spec or a choice of
 * specs. Counting tensors only, scalar specs are skipped.
 */
export function exactPlaces(specs: Value, counts: 'all' | 'tensors'): SpecRecord[][] | undefined {
  if (specs.k !== 'seq' || specs.inexact) return undefined;
  const out: SpecRecord[][] = [];
  for (const item of specs.items) {
    const options = item.k === 'oneOf' ? item.options : [item];
    if (!options.every((o) => o.k === 'spec')) return undefined;
    const recs = options.map((o) => (o as Value & { k: 'spec' }).spec);
    const scalars = recs.filter((r) => r.cls === 'ScalarSpec').length;
    if (counts === 'tensors' && scalars) {
      if (scalars !== recs.length) return undefined; // a place that is a scalar on one branch only
      continue;
    }
    out.push(recs);
  }
  return out;
}

/** Every spec directly in the final list (on any branch). */
function finalSpecs(specs: Value): SpecRecord[] {
  const out: SpecRecord[] = [];
  const visit = (v: Value, depth: number) => {
    if (depth > 4) return;
    if (v.k === 'spec') out.push(v.spec);
    else if (v.k === 'oneOf') v.options.forEach((o) => visit(o, depth + 1));
    else if (v.k === 'seq') v.items.forEach((o) => visit(o, depth + 1));
  };
  visit(specs, 0);
  return out;
}
