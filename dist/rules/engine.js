"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runRules = runRules;
const edits_1 = require("../rewrite/edits");
const era_1 = require("./era");
const index_1 = require("./index");
/**
 * Runs the selected rules over one shared analysis and merges their output:
 * findings, and fixes whose edits the caller applies per file (sorted,
 * overlap-checked and verified once), each with the applicability its
 * rule's registry entry gives its fix kind. A finding kind two rules could
 * both produce is kept from the first.
 */
function runRules(analysis, selected) {
    const on = new Set(selected.map((s) => (s.endsWith(index_1.DETECT_SUFFIX) ? s.slice(0, -index_1.DETECT_SUFFIX.length) : s)));
    const findings = (0, era_1.eraFindings)(analysis);
    const fixes = [];
    for (const rule of index_1.RULES) {
        if (!on.has(rule.id))
            continue;
        const out = rule.run(analysis, on, selected.includes(rule.id));
        findings.push(...out.findings);
        fixes.push(...out.fixes.map((fix) => ({ ...fix, applicability: applicabilityOf(rule, fix.kind, fix.edits) })));
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
/** A fix kind's applicability from the registry; a kind or an edit the rule never declared is a bug, never applied. */
function applicabilityOf(rule, kind, edits) {
    const applicability = rule.fixes[kind];
    if (!applicability)
        throw new Error(`rule ${rule.id} made a fix of undeclared kind "${kind}"`);
    for (const e of edits)
        if (!rule.edits.includes((0, edits_1.editKind)(e)))
            throw new Error(`rule ${rule.id} made a ${(0, edits_1.editKind)(e)} edit it does not declare`);
    return applicability;
}
//# sourceMappingURL=engine.js.map