"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.entryLinks = entryLinks;
const decide_1 = require("../decide/decide");
const evidence_1 = require("../decide/evidence");
/** Every (harness call, entry) link of an analysis, computed once. */
function entryLinks(a) {
    const memo = a.memo.get('entry-links');
    if (memo)
        return memo;
    const byKey = new Map(a.functions.map((f) => [(0, decide_1.functionKey)(f.module.path, f.def), f]));
    const out = [];
    for (const inv of a.invocations) {
        const finalSpecs = (0, evidence_1.reachableSpecs)(inv.specs);
        for (const entry of (0, decide_1.targetsOf)(inv.target, byKey).entries) {
            const byPosition = inv.bindBy === 'position' ? (0, decide_1.positionalBinding)(inv.specs, entry) : undefined;
            const bind = (specs) => {
                const m = new Map();
                for (const [spec, certain] of specs) {
                    const param = byPosition ? byPosition.get(spec) : spec.name.k === 'str' ? entry.params.find((p) => p.name === spec.name.v) : undefined;
                    if (!param)
                        continue;
                    if (!m.has(param))
                        m.set(param, new Map());
                    m.get(param).set(spec, certain);
                }
                return m;
            };
            out.push({ inv, entry, final: bind(finalSpecs), all: bind(inv.evidence) });
        }
    }
    a.memo.set('entry-links', out);
    return out;
}
//# sourceMappingURL=linked.js.map