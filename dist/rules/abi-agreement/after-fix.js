"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.causedByFix = causedByFix;
exports.fixBreaksAbi = fixBreaksAbi;
const evidence_1 = require("../../decide/evidence");
/**
 * A fix must never leave behind a finding it caused. When the direction
 * this run writes disagrees with the spec the harness receives although the
 * param agreed with it before, the #1019 check would reject what `fix`
 * just wrote: that is pending work (exit 1) naming the spec to change,
 * not a report-only `abi-mismatch`.
 */
function causedByFix(before, wanted) {
    return wanted.has(before);
}
/** The pending finding for a mismatch this run's fix causes. */
function fixBreaksAbi(link, param, spec, specDirection, artifact) {
    return {
        kind: 'fix-breaks-abi',
        path: link.entry.module.path,
        line: param.line,
        column: param.node.startPosition.column + 1,
        entry: link.entry.name,
        param: param.name,
        spec: specDirection,
        artifact,
        before: param.direction,
        evidence: [(0, evidence_1.specEvidence)(spec), (0, evidence_1.evidenceAt)('harness', link.inv.site.path, link.inv.site.node)],
    };
}
//# sourceMappingURL=after-fix.js.map