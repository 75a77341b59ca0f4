"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runRules = runRules;
const era_1 = require("./era");
const index_1 = require("./index");
/**
 * Runs the selected rules over one shared analysis and merges their output:
 * findings, and fixes whose edits the caller applies per file (sorted,
 * overlap-checked and verified once). A finding kind two rules could both
 * produce is kept from the first.
 */
function runRules(analysis, selected) {
    const on = new Set(selected);
    const findings = (0, era_1.eraFindings)(analysis);
    const fixes = [];
    for (const rule of index_1.RULES) {
        if (!on.has(rule.id))
            continue;
        const out = rule.run(analysis, on);
        findings.push(...out.findings);
        fixes.push(...out.fixes);
    }
    // a rule's finding replaces the noisier kinds it supersedes on the same param
    const at = (f) => `${f.path}:${f.line}:${f.column}`;
    const drop = new Set();
    for (const rule of index_1.RULES) {
        if (!on.has(rule.id) || !rule.supersedes)
            continue;
        const mine = new Set(findings.filter((f) => rule.kinds.includes(f.kind)).map(at));
        for (const f of findings)
            if (rule.supersedes.includes(f.kind) && mine.has(at(f)))
                drop.add(f);
    }
    return { findings: findings.filter((f) => !drop.has(f)), fixes };
}
//# sourceMappingURL=engine.js.map