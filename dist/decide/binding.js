"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bindEntry = bindEntry;
exports.paramOf = paramOf;
exports.specsByParam = specsByParam;
exports.exactPlaces = exactPlaces;
/**
 * Binds the final list of a harness call to an entry as its runner does:
 * by place where the runner dispatches by position and the list is exact and
 * as long as the params it counts, else by name. A place holding a spec named
 * after another param of the entry is contested, not bound: the runner and
 * the name disagree, and neither is taken on trust.
 */
function bindEntry(inv, entry) {
    const dispatch = entry.role === 'host' ? inv.binding.dispatch.host : inv.binding.dispatch.l2;
    const placed = inv.binding.counts === 'tensors' ? entry.params.filter((p) => p.typeKind !== 'scalar') : entry.params;
    const places = exactPlaces(inv.specs, inv.binding.counts);
    const byPlace = dispatch === 'position' && !!places && places.length === placed.length;
    const named = new Map(entry.params.map((p) => [p.name, p]));
    const out = { entry, dispatch, placed, ...(places ? { places } : {}), byPlace, bound: new Map(), contested: new Map(), aliases: new Map(), byName: named, contestedSpecs: new Set() };
    if (!byPlace) {
        for (const spec of finalSpecs(inv.specs)) {
            const p = spec.name.k === 'str' ? named.get(spec.name.v) : undefined;
            if (p)
                out.bound.set(spec, p);
        }
        return out;
    }
    const contest = (p) => {
        let c = out.contested.get(p);
        if (!c)
            out.contested.set(p, (c = { byPlace: [], byName: [] }));
        return c;
    };
    places.forEach((specs, i) => {
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
            if (name !== undefined && name !== param.name && !named.has(name))
                out.aliases.set(name, param);
        }
    });
    return out;
}
/** The param a spec reaches through the binding: its place, else its name (or a name its place gave a param). */
function paramOf(b, spec) {
    const bound = b.bound.get(spec);
    if (bound)
        return bound;
    if (b.contestedSpecs.has(spec) || spec.name.k !== 'str')
        return undefined;
    return b.byName.get(spec.name.v) ?? b.aliases.get(spec.name.v);
}
/** The specs of a map grouped by the param each reaches, in the map's order. */
function specsByParam(b, specs) {
    const out = new Map();
    for (const [spec, certain] of specs) {
        const p = paramOf(b, spec);
        if (!p)
            continue;
        const list = out.get(p);
        if (list)
            list.push([spec, certain]);
        else
            out.set(p, [[spec, certain]]);
    }
    return out;
}
/**
 * The final list place by place, or undefined when it is not exact: a list
 * (not a branch choice of lists) whose every item is a spec or a choice of
 * specs. Counting tensors only, scalar specs are skipped.
 */
function exactPlaces(specs, counts) {
    if (specs.k !== 'seq' || specs.inexact)
        return undefined;
    const out = [];
    for (const item of specs.items) {
        const options = item.k === 'oneOf' ? item.options : [item];
        if (!options.every((o) => o.k === 'spec'))
            return undefined;
        const recs = options.map((o) => o.spec);
        const scalars = recs.filter((r) => r.cls === 'ScalarSpec').length;
        if (counts === 'tensors' && scalars) {
            if (scalars !== recs.length)
                return undefined; // a place that is a scalar on one branch only
            continue;
        }
        out.push(recs);
    }
    return out;
}
/** Every spec directly in the final list (on any branch). */
function finalSpecs(specs) {
    const out = [];
    const visit = (v, depth) => {
        if (depth > 4)
            return;
        if (v.k === 'spec')
            out.push(v.spec);
        else if (v.k === 'oneOf')
            v.options.forEach((o) => visit(o, depth + 1));
        else if (v.k === 'seq')
            v.items.forEach((o) => visit(o, depth + 1));
    };
    visit(specs, 0);
    return out;
}
//# sourceMappingURL=binding.js.map