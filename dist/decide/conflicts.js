"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.conflicts = conflicts;
const evidence_1 = require("./evidence");
/**
 * With `--evidence all`, a spec built on the way may say output while the
 * list the harness receives holds a spec for the same param saying not
 * output. The output wins (PR #659 needs it), but a reviewer should look:
 * one `evidence-conflict` names both specs.
 */
function conflicts(entry, param, matched, final, harness) {
    const says = (s) => (0, evidence_1.specVerdict)(s);
    const plain = matched.find(([s, certain]) => certain && final.get(s) === true && says(s).kind === 'direction' && says(s).direction === 'In');
    const output = matched.find(([s, certain]) => {
        const v = says(s);
        return certain && !final.has(s) && v.kind === 'direction' && v.direction !== 'In';
    });
    if (!plain || !output)
        return [];
    const wants = says(output[0]).direction;
    return [
        {
            kind: 'evidence-conflict',
            path: entry.module.path,
            line: param.line,
            column: param.node.startPosition.column + 1,
            entry: entry.name,
            param: param.name,
            direction: param.direction,
            wants,
            evidence: [(0, evidence_1.specEvidence)(plain[0]), (0, evidence_1.specEvidence)(output[0]), harness],
        },
    ];
}
//# sourceMappingURL=conflicts.js.map