"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.goldenEvidence = goldenEvidence;
const path_1 = require("path");
const evidence_1 = require("../../decide/evidence");
const era_1 = require("../era");
const golden_1 = require("../golden");
const linked_1 = require("../linked");
/**
 * Signature era: the golden function and compare_fn are the evidence of
 * which params are outputs (the specs no longer say). Writes whose key
 * cannot be decided make the harness call unresolved. When the era is
 * unknown (no golden package resolves), the same evidence is undecided: a
 * param it would raise is reported, never passed.
 */
function goldenEvidence(a) {
    const extra = [];
    const problems = [];
    const reported = new Set();
    for (const link of (0, linked_1.entryLinks)(a)) {
        const era = (0, era_1.invocationEra)(link.inv, a.era);
        if (era.era === 'spec')
            continue;
        // era unknown: what the golden shows is the evidence in one era and not in the other, so never settled
        const unknown = era.era === 'unknown' ? (direction) => ({ undecided: { reason: 'unknown-era', detail: `the golden function makes it ${direction}, evidence only in the signature era; ${era.why}` } }) : () => ({});
        const harness = (0, evidence_1.evidenceAt)('harness', link.inv.site.path, link.inv.site.node);
        const names = (0, golden_1.harnessNames)(link);
        const reading = (0, golden_1.goldenOf)(a, link.inv);
        for (const [name, use] of reading?.uses ?? []) {
            const param = names.get(name);
            if (!param)
                continue;
            const rule = use.direction === 'InOut' ? 'golden-update' : 'golden-write';
            extra.push({ fn: link.entry, param, direction: use.direction, rule, evidence: [(0, evidence_1.evidenceAt)(use.role, use.path, use.node), harness], ...unknown(use.direction) });
        }
        for (const key of (0, golden_1.compareKeys)(link.inv.compare)) {
            const param = names.get(key);
            if (param)
                extra.push({ fn: link.entry, param, direction: 'Out', rule: 'compare-fn', evidence: [(0, evidence_1.evidenceAt)('compare-fn', link.inv.site.path, link.inv.site.node, `compare_fn["${key}"]`), harness], ...unknown('Out') });
        }
        if (reading && !reported.has(link.inv)) {
            reported.add(link.inv);
            for (const u of reading.unresolved) {
                problems.push({ kind: 'unlinked-harness', path: link.inv.site.path, line: link.inv.site.node.startPosition.row + 1, column: link.inv.site.node.startPosition.column + 1, detail: `golden function: ${u.why} (${(0, path_1.basename)(u.path)}:${u.node.startPosition.row + 1})` });
            }
        }
    }
    return { extra, problems };
}
//# sourceMappingURL=golden-evidence.js.map