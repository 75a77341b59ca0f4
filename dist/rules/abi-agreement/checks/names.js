"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.namesCheck = void 0;
exports.namedList = namedList;
const evidence_1 = require("../../../decide/evidence");
/** The final list as one named spec per place, or undefined (branches at a place, undecided names): then nothing is said. */
function namedList(ctx) {
    const { binding, link } = ctx;
    if (link.inv.binding.counts !== 'all' || !binding.places)
        return undefined;
    const specs = binding.places.map((place) => (place.length === 1 ? place[0] : undefined));
    if (specs.some((s) => !s || s.name.k !== 'str'))
        return undefined;
    return specs;
}
/** A param Python binds without an argument. */
function hasDefault(p) {
    return p.node.type === 'default_parameter' || p.node.type === 'typed_default_parameter';
}
/**
 * The name set: a spec whose name is no param's (`unmatched-spec`), a param
 * no spec names (`spec-missing`), and, where the runner binds by place, a
 * spec at a param's place named after no param (`spec-name`: bound right,
 * named otherwise). Said only of an exact list with decided names.
 */
exports.namesCheck = {
    part: 'names',
    run(ctx) {
        const specs = namedList(ctx);
        if (!specs)
            return [];
        const { link, binding } = ctx;
        const params = link.entry.params;
        const paramNames = new Set(params.map((p) => p.name));
        const specNames = new Set(specs.map((s) => s.name.v));
        const out = [];
        const renamed = new Set();
        const covered = new Set();
        if (binding.byPlace) {
            params.forEach((p, i) => {
                const s = specs[i];
                if (s.name.v === p.name || paramNames.has(s.name.v) || specNames.has(p.name))
                    return;
                renamed.add(s);
                covered.add(p);
                const agreement = ctx.say('names', `bound by place: the runner passes it to ${p.name}, and the golden function and compare_fn know it as "${s.name.v}"; rename the spec "${p.name}" to match`);
                out.push({ kind: 'spec-name', ...ctx.ref(p), spec: s.name.v, evidence: [(0, evidence_1.specEvidence)(s), ctx.harness], ...agreement });
            });
        }
        // a count that differs is refused by Python itself where the runner compiles with one arg per spec
        const count = specs.length === params.length
            ? undefined
            : ctx.runner.checks.has('names')
                ? ctx.say('names', '')
                : ctx.compile === 'position' && ctx.runner.kind !== 'unread'
                    ? { consequence: `rejected at compile: the runner compiles ${link.entry.name} with ${specs.length} args for its ${params.length} params`, rejected: true }
                    : ctx.say('names', `the runner passes ${specs.length} args to ${link.entry.name}, which takes ${params.length}`);
        for (const s of specs) {
            if (paramNames.has(s.name.v) || renamed.has(s))
                continue;
            const agreement = count ??
                ctx.say('names', ctx.level === 'host' ? `passed to no param: the runner dispatches an L3 host by name; rename it after the param it is meant for, or remove it` : `bound by place to a param of another name; rename it after the param it is meant for`);
            out.push({ kind: 'unmatched-spec', path: link.entry.module.path, line: link.entry.def.startPosition.row + 1, column: link.entry.def.startPosition.column + 1, entry: link.entry.name, spec: s.name.v, evidence: [(0, evidence_1.specEvidence)(s), ctx.harness], ...agreement });
        }
        for (const p of params) {
            if (specNames.has(p.name) || covered.has(p) || hasDefault(p))
                continue;
            const agreement = ctx.runner.checks.has('names') || ctx.runner.kind === 'unread'
                ? ctx.say('names', `no spec named ${p.name}; add one`)
                : ctx.level === 'host'
                    ? { consequence: `rejected at dispatch: the runner looks up a spec named "${p.name}" for this L3 host; add one`, rejected: true }
                    : (count ?? ctx.say('names', `no spec named ${p.name}; add one`));
            out.push({ kind: 'spec-missing', ...ctx.ref(p), evidence: [ctx.harness], ...agreement });
        }
        return out;
    },
};
//# sourceMappingURL=names.js.map