"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOUD_WARNING_KINDS = exports.WARNING_KINDS = exports.AGREEMENT_KINDS = exports.PENDING_KINDS = void 0;
exports.pendingKinds = pendingKinds;
exports.isEditFinding = isEditFinding;
exports.isPending = isPending;
/** Kinds that leave work pending: `check` exits 1 while any is present (and any finding with a fix). */
exports.PENDING_KINDS = new Set(['fix', 'unresolved', 'unlinked-harness', 'stale-is-output', 'fix-breaks-abi', 'legacy-harness']);
/** Agreement kinds: shown by `check` without `-v`; pending (exit 1) only with `--strict`. */
exports.AGREEMENT_KINDS = new Set(['abi-mismatch']);
/** Pending kinds of a run: {@link PENDING_KINDS}, plus the agreement kinds when strict. */
function pendingKinds(strict) {
    return strict ? new Set([...exports.PENDING_KINDS, ...exports.AGREEMENT_KINDS]) : exports.PENDING_KINDS;
}
/** Whether a finding is resolved by the edits this run applies (a direction fix, a keyword deletion, ...). */
function isEditFinding(f) {
    return f.applicability !== undefined && !f.withheld;
}
/**
 * Whether a finding leaves work pending (exit 1): a pending kind, any
 * finding with a fix (applied or withheld), and with `strict` the
 * agreement kinds.
 */
function isPending(f, strict = false) {
    return exports.PENDING_KINDS.has(f.kind) || f.applicability !== undefined || (strict && exports.AGREEMENT_KINDS.has(f.kind));
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