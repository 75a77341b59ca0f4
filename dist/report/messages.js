"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TITLES = exports.MESSAGES = void 0;
exports.messageOf = messageOf;
exports.ruleInWords = ruleInWords;
const REASONS = {
    'undecidable-spec': 'its golden spec cannot be evaluated statically',
    'ambiguous-propagation': 'a host output reaches several L2 params',
    'scalar-output': 'a Scalar param is never wrapped',
    'unrecognized-annotation': 'the annotation is not a pypto Tensor',
    'no-spelling': 'the module has no way to spell the wrapper',
    'maybe-output': 'its output spec is built only on some paths',
};
/** One line of prose per finding kind: every reporter reads this table. */
exports.MESSAGES = {
    fix: (f) => `${f.entry}.${f.param} should be ${f.to} (is ${f.from}): ${f.rule === 'inout' ? 'output spec with an init_value' : 'output spec without an init_value'}`,
    ok: (f) => `${f.entry}.${f.param} is ${f.direction}`,
    'not-linked': (f) => `${f.entry}.${f.param} is ${f.direction}; no harness or host driver links this entry`,
    suppressed: (f) => `${f.entry}.${f.param} would be ${f.to} (is ${f.from}); suppressed by comment`,
    unresolved: (f) => `${f.entry}.${f.param} left as ${f.from}: ${REASONS[f.reason]} (${f.detail})`,
    'stronger-than-needed': (f) => `${f.entry}.${f.param} is ${f.direction} where ${f.needed} would do; kept (directions are never lowered)`,
    'no-output-evidence': (f) => `${f.entry}.${f.param} is ${f.direction} but no linked spec marks it as an output; kept`,
    'looks-written': (f) => `${f.entry}.${f.param} is assigned in the body but no linked spec marks it as an output`,
    'inline-wrapper': (f) => `${f.entry}.${f.param}: ${f.direction} on a @pl.jit.inline param is stripped by pypto`,
    'unmatched-spec': (f) => `spec "${f.spec}" passed to ${f.entry} matches no param`,
    'unlinked-harness': (f) => `harness call not fully linked: ${f.detail}`,
    'unknown-callee': (f) => `host driver ${f.entry} calls ${f.callee}, which is not defined statically; directions cannot be passed on to it`,
    'spec-order': (f) => `specs for ${f.entry} are not in param order: ${f.detail}`,
};
/** The message for any finding. */
function messageOf(f) {
    return exports.MESSAGES[f.kind](f);
}
/** The rule, in words, for a finding that applies it. */
function ruleInWords(f) {
    if (f.kind !== 'fix' && f.kind !== 'suppressed')
        return undefined;
    return f.to === 'InOut'
        ? 'a linked TensorSpec has is_output=True and an init_value: the param is read-modify-write (InOut)'
        : 'a linked TensorSpec has is_output=True and no init_value: the param is write-only (Out)';
}
/** A short title per finding kind (rule names in SARIF, headings). */
exports.TITLES = {
    fix: 'Param needs a direction wrapper',
    ok: 'Param direction matches its evidence',
    'not-linked': 'Entry not linked to golden specs',
    suppressed: 'Direction change suppressed by comment',
    unresolved: 'Direction cannot be decided statically',
    'stronger-than-needed': 'Direction stronger than the evidence asks',
    'no-output-evidence': 'Direction without an output spec',
    'inline-wrapper': 'Direction wrapper on an inline kernel param',
    'looks-written': 'Param written without an output spec',
    'unmatched-spec': 'Spec name matches no param',
    'unlinked-harness': 'Harness call not fully linked',
    'unknown-callee': 'Host driver calls an unresolvable function',
    'spec-order': 'Specs not in param order',
};
//# sourceMappingURL=messages.js.map