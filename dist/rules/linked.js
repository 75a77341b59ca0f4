"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.entryLinks = entryLinks;
const binding_1 = require("../decide/binding");
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
            const binding = (0, binding_1.bindEntry)(inv, entry);
            const bind = (specs) => {
                const m = new Map();
                for (const [param, list] of (0, binding_1.specsByParam)(binding, specs))
                    m.set(param, new Map(list));
                // a contested param (its place and its name disagree) is linked to both readings
                for (const [param, c] of binding.contested) {
                    for (const spec of [...c.byPlace, ...c.byName]) {
                        if (!specs.has(spec))
                            continue;
                        if (!m.has(param))
                            m.set(param, new Map());
                        m.get(param).set(spec, specs.get(spec));
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
//# sourceMappingURL=linked.js.map