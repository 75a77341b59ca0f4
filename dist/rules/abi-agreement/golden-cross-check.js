"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.goldenCrossCheck = goldenCrossCheck;
const evidence_1 = require("../../decide/evidence");
const era_1 = require("../era");
const golden_1 = require("../golden");
const linked_1 = require("../linked");
/**
 * Spec era, shown with -v: a spec marked output that the golden function
 * never writes (nor compare_fn names), and a golden write to a tensor no
 * spec marks as output. Only goldens read completely are cross-checked.
 * Its findings are warnings only: without them wanted, no golden is read.
 */
function goldenCrossCheck(a) {
    const out = [];
    if (!a.warnings)
        return out;
    const seen = new Set();
    for (const link of (0, linked_1.entryLinks)(a)) {
        if ((0, era_1.invocationEra)(link.inv, a.era).era !== 'spec')
            continue;
        const reading = (0, golden_1.goldenOf)(a, link.inv);
        if (!reading || reading.unresolved.length)
            continue;
        const compared = (0, golden_1.compareKeys)(link.inv.compare);
        const harness = (0, evidence_1.evidenceAt)('harness', link.inv.site.path, link.inv.site.node);
        for (const [name, param] of (0, golden_1.harnessNames)(link)) {
            const specs = [...(link.final.get(param)?.keys() ?? [])].filter((s) => s.name.k === 'str' && s.name.v === name);
            const verdicts = specs.map(evidence_1.specVerdict);
            if (!specs.length || verdicts.some((v) => v.kind !== 'direction'))
                continue;
            const marked = verdicts.map((v) => v.direction).find((d) => d !== 'In');
            const use = reading.uses.get(name);
            const key = `${link.entry.module.path}:${param.line}:${name}`;
            if (seen.has(key))
                continue;
            const ref = { path: link.entry.module.path, line: param.line, column: param.node.startPosition.column + 1, entry: link.entry.name, param: param.name };
            if (marked && !use && !compared.has(name)) {
                seen.add(key);
                out.push({ kind: 'golden-disagrees', ...ref, direction: marked, golden: 'In', evidence: [(0, evidence_1.specEvidence)(specs[0]), harness] });
            }
            else if (!marked && use && verdicts.length === specs.length) {
                seen.add(key);
                out.push({ kind: 'golden-disagrees', ...ref, direction: 'In', golden: use.direction, evidence: [(0, evidence_1.evidenceAt)(use.role, use.path, use.node), (0, evidence_1.specEvidence)(specs[0]), harness] });
            }
        }
    }
    return out;
}
//# sourceMappingURL=golden-cross-check.js.map