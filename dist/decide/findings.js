"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOUD_WARNING_KINDS = exports.WARNING_KINDS = exports.AGREEMENT_KINDS = exports.PENDING_KINDS = void 0;
exports.pendingKinds = pendingKinds;
exports.isEditFinding = isEditFinding;
/** Kinds that leave work pending: `check` exits 1 while any is present. */
exports.PENDING_KINDS = new Set(['fix', 'unresolved', 'unlinked-harness', 'stale-is-output']);
/** Agreement kinds: shown by `check` without `-v`; pending (exit 1) only with `--strict`. */
exports.AGREEMENT_KINDS = new Set(['abi-mismatch']);
/** Pending kinds of a run: {@link PENDING_KINDS}, plus the agreement kinds when strict. */
function pendingKinds(strict) {
    return strict ? new Set([...exports.PENDING_KINDS, ...exports.AGREEMENT_KINDS]) : exports.PENDING_KINDS;
}
/** Whether a finding is resolved by the edits it carries (a direction fix, a keyword deletion). */
function isEditFinding(f) {
    return f.kind === 'fix' || (f.kind === 'stale-is-output' && !f.keep);
}
/** Kinds shown as warnings (report only, never edited). */
exports.WARNING_KINDS = new Set([
    'stronger-than-needed',
    'no-output-evidence',
    'looks-written',
    'inline-wrapper',
    'unmatched-spec',
    'unknown-callee',
    'spec-order',
    'abi-mismatch',
    'newly-validated',
    'golden-disagrees',
    'reads-unstamped-direction',
    'evidence-conflict',
]);
/** Warnings worth a reviewer's look even without `--verbose`. */
exports.LOUD_WARNING_KINDS = new Set(['evidence-conflict']);
//# sourceMappingURL=findings.js.map