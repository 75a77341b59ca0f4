"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOUD_WARNING_KINDS = exports.WARNING_KINDS = exports.AGREEMENT_KINDS = exports.PENDING_KINDS = void 0;
exports.pendingKinds = pendingKinds;
exports.isEditFinding = isEditFinding;
exports.isPending = isPending;
exports.explanationOnly = explanationOnly;
/** Kinds that leave work pending: `check` exits 1 while any is present (and any finding with a fix). */
exports.PENDING_KINDS = new Set(['fix', 'unresolved', 'unlinked-harness', 'stale-is-output', 'fix-breaks-abi', 'legacy-harness']);
/**
 * Agreement kinds (the spec list against the entry): shown by `check` without
 * `-v`; pending (exit 1) where the tree's runner rejects them, else only with
 * `--strict`.
 */
exports.AGREEMENT_KINDS = new Set(['abi-mismatch', 'unmatched-spec', 'spec-missing', 'spec-order', 'spec-kind', 'spec-shape', 'spec-dtype']);
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
 * finding with a fix (applied or withheld), a spec-list finding the tree's
 * runner rejects, and with `strict` the agreement kinds.
 */
function isPending(f, strict = false) {
    return exports.PENDING_KINDS.has(f.kind) || f.applicability !== undefined || ('rejected' in f && !!f.rejected) || (strict && exports.AGREEMENT_KINDS.has(f.kind));
}
/**
 * Whether a finding only explains (a param's direction and evidence, a
 * harness call's era): shown by `explain` alone, never pending, never a
 * warning, never fixed. A cached result read for another command may leave
 * these out (`ResultCache`'s brief lookup).
 */
function explanationOnly(f) {
    return !isPending(f, true) && !exports.WARNING_KINDS.has(f.kind) && !exports.LOUD_WARNING_KINDS.has(f.kind) && f.kind !== 'suppressed' && !f.withheld;
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
    'spec-missing',
    'spec-name',
    'spec-kind',
    'spec-shape',
    'spec-dtype',
    'abi-mismatch',
    'newly-validated',
    'golden-disagrees',
    'reads-unstamped-direction',
    'evidence-conflict',
]);
/** Warnings worth a reviewer's look even without `--verbose`. */
exports.LOUD_WARNING_KINDS = new Set(['evidence-conflict']);
//# sourceMappingURL=findings.js.map