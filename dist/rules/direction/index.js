"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.directionRule = void 0;
exports.decisions = decisions;
exports.directionFixKind = directionFixKind;
exports.appliedDirections = appliedDirections;
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
 * The fix kind of a direction fix: `declared` when a spec (or compare_fn)
 * marks the param an output or it already is one (the compared set stays as
 * declared; an Out raised to InOut only uploads the initial contents the
 * golden starts from); `golden-only` when only the golden function writes an
 * In param (a state buffer the test may leave uncompared on purpose).
 */
function directionFixKind(f) {
    return f.undeclared ? 'golden-only' : 'declared';
}
/**
 * Params whose direction this run's fix writes, with the new direction:
 * safe fixes, and unsafe ones too with --unsafe-fixes. Rules that reason
 * about the source as `fix` leaves it read this.
 */
function appliedDirections(a) {
    const out = new Map();
    for (const f of decisions(a)) {
        if (f.kind !== 'fix')
            continue;
        if (exports.directionRule.fixes[directionFixKind(f)] === 'unsafe' && !a.unsafeFixes)
            continue;
        out.set(`${f.path}:${f.line}:${f.column}`, f.to);
    }
    return out;
}
/**
 * `direction`: every entry param gets the direction its linked golden
 * evidence requires (the original rule of the tool, in `decide/`).
 */
exports.directionRule = {
    id: 'direction',
    summary: 'entry params get the pl.Out / pl.InOut direction their golden evidence requires',
    defaultOn: true,
    fixes: { declared: 'safe', 'golden-only': 'unsafe' },
    edits: ['wrap', 'rename'],
    kinds: ['fix', 'ok', 'not-linked', 'suppressed', 'unresolved', 'stronger-than-needed', 'no-output-evidence', 'inline-wrapper', 'looks-written', 'unmatched-spec', 'unlinked-harness', 'unknown-callee', 'spec-order', 'evidence-conflict'],
    example: [
        'TensorSpec("acc", [4], torch.float32, init_value=torch.zeros, is_output=True)',
        '-> fix: acc: pl.Tensor[[4], pl.FP32]  becomes  acc: pl.InOut[pl.Tensor[[4], pl.FP32]]',
    ].join('\n'),
    run(a, selected) {
        const findings = [];
        const fixes = [];
        for (const f of decisions(a)) {
            // the inline-wrapper rule, when on, reports these itself (with a fix)
            if (f.kind === 'inline-wrapper' && selected.has('inline-wrapper'))
                continue;
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
            fixes.push({ finding: f, edits, kind: directionFixKind(f) });
        }
        return { findings, fixes };
    },
};
//# sourceMappingURL=index.js.map