"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.migrationWarnings = migrationWarnings;
const syntax_1 = require("../../analyze/syntax");
const evidence_1 = require("../../decide/evidence");
const era_1 = require("../era");
const golden_1 = require("../golden");
const linked_1 = require("../linked");
/** Inside `is_output=...` of a spec or replace call: a forwarding the migration removes, not a read that stays. */
function insideKeyword(node, specClasses) {
    for (let n = node.parent; n; n = n.parent) {
        if (n.type === 'keyword_argument' && n.childForFieldName('name')?.text === 'is_output') {
            const callee = (0, syntax_1.dottedName)(n.parent?.parent?.childForFieldName('function'));
            const last = callee?.slice(callee.lastIndexOf('.') + 1) ?? '';
            return specClasses.has(last) || callee === 'replace' || callee === 'dataclasses.replace';
        }
        if (n.type === 'function_definition' || n.type === 'module')
            return false;
    }
    return false;
}
/**
 * Report-only findings of the signature era: `.is_output`/`.is_input` read
 * on a spec before the harness stamps it (the new TensorSpec raises there),
 * and params the new harness compares although their spec was an input
 * (#1050); the evidence shows whether the golden writes them or compare_fn
 * names them (if neither, the comparison is against zeros).
 */
function migrationWarnings(a, after) {
    const out = [];
    const seen = new Set();
    for (const read of a.directionReads) {
        if (seen.has(read.node.id) || insideKeyword(read.node, a.specClassNames) || (0, era_1.specEra)(read.spec, a.era).era !== 'signature')
            continue;
        seen.add(read.node.id);
        const attr = read.node.childForFieldName('attribute').text;
        out.push({ kind: 'reads-unstamped-direction', path: read.path, line: read.node.startPosition.row + 1, column: read.node.startPosition.column + 1, attr, detail: read.node.parent?.text.split('\n')[0].trim().slice(0, 80) ?? read.node.text });
    }
    const reported = new Set();
    for (const link of (0, linked_1.entryLinks)(a)) {
        if ((0, era_1.invocationEra)(link.inv, a.era).era !== 'signature')
            continue;
        // only while the specs still speak the old language: a spec without the keyword there was an input
        if (![...link.inv.evidence.keys()].some((s) => s.isOutputArg))
            continue;
        const golden = (0, golden_1.goldenOf)(a, link.inv);
        const compared = (0, golden_1.compareKeys)(link.inv.compare);
        for (const [name, param] of (0, golden_1.harnessNames)(link)) {
            const key = `${link.entry.module.path}:${param.line}:${param.node.startPosition.column + 1}`;
            const direction = after.get(key) ?? param.direction;
            const specs = [...(link.final.get(param)?.keys() ?? [])];
            if (direction === 'In' || !specs.length || reported.has(key))
                continue;
            if (!specs.every((s) => { const v = (0, evidence_1.specVerdict)(s); return v.kind === 'direction' && v.direction === 'In'; }))
                continue;
            reported.add(key);
            const use = golden?.uses.get(name);
            const covered = use ? [(0, evidence_1.evidenceAt)(use.role, use.path, use.node)] : compared.has(name) ? [(0, evidence_1.evidenceAt)('compare-fn', link.inv.site.path, link.inv.site.node, `compare_fn["${name}"]`)] : [];
            out.push({
                kind: 'newly-validated',
                path: link.entry.module.path,
                line: param.line,
                column: param.node.startPosition.column + 1,
                entry: link.entry.name,
                param: param.name,
                direction,
                evidence: [(0, evidence_1.specEvidence)(specs[0]), ...covered, (0, evidence_1.evidenceAt)('harness', link.inv.site.path, link.inv.site.node)],
            });
        }
    }
    return out;
}
//# sourceMappingURL=warnings.js.map