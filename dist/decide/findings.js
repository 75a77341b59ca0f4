"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WARNING_KINDS = exports.PENDING_KINDS = void 0;
/** Kinds that leave work pending: `check` exits 1 while any is present. */
exports.PENDING_KINDS = new Set(['fix', 'unresolved', 'unlinked-harness']);
/** Kinds shown as warnings (report only, never edited). */
exports.WARNING_KINDS = new Set([
    'stronger-than-needed',
    'no-output-evidence',
    'looks-written',
    'inline-wrapper',
    'unmatched-spec',
    'unknown-callee',
    'spec-order',
]);
//# sourceMappingURL=findings.js.map