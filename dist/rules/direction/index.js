"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.directionRule = void 0;
exports.decisions = decisions;
const decide_1 = require("../../decide/decide");
const edits_1 = require("../../rewrite/edits");
const golden_evidence_1 = require("./golden-evidence");
/** The direction decisions of an analysis, computed once and shared by rules. */
function decisions(a) {
    let d = a.memo.get('direction');
    if (!d) {
        const golden = (0, golden_evidence_1.goldenEvidence)(a);
        d = [...golden.problems, ...(0, decide_1.decide)(a.functions, a.invocations, a.problems, a.hostCalls, a.evidence, golden.extra)];
        a.memo.set('direction', d);
    }
    return d;
}
/**
 * `direction`: every entry param gets the direction its linked golden
 * evidence requires (the original rule of the tool, in `decide/`).
 */
exports.directionRule = {
    id: 'direction',
    summary: 'entry params get the pl.Out / pl.InOut direction their golden evidence requires',
    defaultOn: true,
    fix: 'safe',
    kinds: ['fix', 'ok', 'not-linked', 'suppressed', 'unresolved', 'stronger-than-needed', 'no-output-evidence', 'inline-wrapper', 'looks-written', 'unmatched-spec', 'unlinked-harness', 'unknown-callee', 'spec-order', 'evidence-conflict'],
    example: [
        'TensorSpec("acc", [4], torch.float32, init_value=torch.zeros, is_output=True)',
        '-> fix: acc: pl.Tensor[[4], pl.FP32]  becomes  acc: pl.InOut[pl.Tensor[[4], pl.FP32]]',
    ].join('\n'),
    run(a) {
        const findings = [];
        const fixes = [];
        for (const f of decisions(a)) {
            if (f.kind !== 'fix') {
                findings.push(f);
                continue;
            }
            const param = a.paramAt(f.path, f.param, f.line, f.column);
            const symbols = a.symbols.get(f.path);
            const edits = symbols && (0, edits_1.directionEdits)(param, f.to, symbols);
            if (!edits) {
                findings.push({ kind: 'unresolved', path: f.path, line: f.line, column: f.column, entry: f.entry, param: f.param, reason: 'no-spelling', from: f.from, detail: `no pypto.language alias or ${f.to} import to spell the wrapper`, evidence: f.evidence });
                continue;
            }
            findings.push(f);
            fixes.push({ finding: f, edits });
        }
        return { findings, fixes };
    },
};
//# sourceMappingURL=index.js.map