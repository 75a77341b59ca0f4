"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TITLES = exports.MESSAGES = void 0;
exports.messageOf = messageOf;
exports.ruleInWords = ruleInWords;
const path_1 = require("path");
const REASONS = {
    'undecidable-spec': 'its golden spec cannot be evaluated statically',
    'ambiguous-propagation': 'a host output reaches several L2 params',
    'scalar-output': 'a Scalar param is never wrapped',
    'unrecognized-annotation': 'the annotation is not a pypto Tensor',
    'no-spelling': 'the module has no way to spell the wrapper',
    'maybe-output': 'its output spec is built only on some paths',
    'undecidable-golden': 'what the golden function does with it cannot be decided statically',
    'no-spec': 'its harness gives it no spec',
    'undecided-specs': 'the specs its harness receives cannot be decided statically',
    'path-dependent': 'the paths of its harness disagree',
    'unknown-era': 'the harness era is unknown (no golden package resolves)',
    'binding-conflict': 'the runner binds its spec by position and the spec names say otherwise',
    'unevaluated-harness': 'its harness call could not be evaluated',
};
const HARNESS_KEPT = {
    'conflicting-key': 'compile_cfg and runtime_cfg give one key different values',
    splat: 'a ** splat of a dict whose keys are unknown',
    'run-bound': 'the name run is already bound to something else in this file',
    'config-given': 'the call already passes config=',
    'other-use': 'run_jit is used other than as a converted call',
    'not-converted': 'a call it names is left as it is',
    layout: 'a comment sits where the merged config= cannot keep it',
    positional: 'run_jit is called with positional arguments, which run binds to other params',
    'import-kept': 'the import of run_jit must stay, so run would not be defined here',
};
/** What the spec a harness receives must say for #1019 to derive `artifact`. */
function specChange(spec, artifact) {
    if (artifact === 'InOut')
        return spec === 'In' ? 'is_output=True and an init_value' : 'an init_value';
    return 'is_output=True and no init_value';
}
const KEPT = {
    'not-linked': 'the spec is not linked to an entry param',
    undecidable: 'the keyword cannot be decided statically',
    'direction-missing': 'the linked param does not carry the direction the keyword asks for',
    layout: 'it cannot be deleted without losing text',
    forwarded: 'a keyword that stays reads it',
};
const FIX_WHY = {
    inout: 'output spec with an init_value',
    out: 'output spec without an init_value',
    'golden-write': 'the golden function overwrites it whole',
    'golden-update': 'the golden function updates it from its old contents',
    'compare-fn': 'compare_fn compares it',
};
/** One line of prose per finding kind: every reporter reads this table. */
exports.MESSAGES = {
    fix: (f) => `${f.entry}.${f.param} should be ${f.to} (is ${f.from}): ${FIX_WHY[f.rule]}${f.undeclared ? '; no spec or compare_fn marks it an output, so the fix starts comparing it' : ''}`,
    ok: (f) => `${f.entry}.${f.param} is ${f.direction}`,
    'not-linked': (f) => f.entryLinked
        ? `${f.entry}.${f.param} is ${f.direction}; its entry is linked, but no spec or host param reaches this param`
        : `${f.entry}.${f.param} is ${f.direction}; no harness or host driver links this entry`,
    suppressed: (f) => `${f.entry}.${f.param} would be ${f.to} (is ${f.from}); suppressed by comment`,
    unresolved: (f) => `${f.entry}.${f.param} left as ${f.from}: ${REASONS[f.reason]} (${f.detail})`,
    'stronger-than-needed': (f) => `${f.entry}.${f.param} is ${f.direction} where ${f.needed} would do; kept (directions are never lowered)`,
    'no-output-evidence': (f) => f.onSomePaths
        ? `${f.entry}.${f.param} is ${f.direction}; a linked spec marks it as an output only on some paths (${f.onSomePaths}); kept`
        : `${f.entry}.${f.param} is ${f.direction} but no linked spec marks it as an output; kept`,
    'looks-written': (f) => f.onSomePaths
        ? `${f.entry}.${f.param} is assigned in the body and a linked spec marks it as an output only on some paths`
        : `${f.entry}.${f.param} is assigned in the body but no linked spec marks it as an output`,
    'inline-wrapper': (f) => `${f.entry}.${f.param}: ${f.direction} on a @pl.jit.inline param is stripped by pypto`,
    'unmatched-spec': (f) => `spec "${f.spec}" passed to ${f.entry} matches no param (${f.consequence})`,
    'spec-missing': (f) => `${f.entry}.${f.param}: no spec in the list its harness receives (${f.consequence})`,
    'spec-name': (f) => `${f.entry}.${f.param}: the spec at its place is named "${f.spec}" (${f.consequence})`,
    'spec-kind': (f) => `${f.param}: kind spec=${f.specKind} param=${f.paramKind} (spec "${f.spec}" for ${f.entry}; ${f.consequence})`,
    'spec-shape': (f) => `${f.param}: shape spec=${f.specShape} param=${f.paramShape} (spec "${f.spec}" for ${f.entry}; ${f.consequence})`,
    'spec-dtype': (f) => `${f.param}: dtype spec=${f.specDtype} param=${f.paramDtype} (spec "${f.spec}" for ${f.entry}; ${f.consequence})`,
    'unlinked-harness': (f) => `harness call not fully linked: ${f.detail}`,
    'unknown-callee': (f) => `host driver ${f.entry} calls ${f.callee}, which is not defined statically; directions cannot be passed on to it`,
    'spec-order': (f) => `specs for ${f.entry} are not in param order: ${f.detail} (${f.consequence})`,
    'abi-mismatch': (f) => `${f.param}: direction spec=${f.spec} artifact=${f.artifact} (${f.entry}; ${f.consequence})`,
    'newly-validated': (f) => `${f.entry}.${f.param} is ${f.direction} but its spec was an input: the new harness compares it, so the golden must write it or compare_fn must cover it`,
    'golden-disagrees': (f) => f.golden === 'In'
        ? `${f.entry}.${f.param}: a spec marks it as an output (${f.direction}) but the golden function never writes it`
        : `${f.entry}.${f.param}: the golden function writes it (${f.golden}) but no spec marks it as an output`,
    'stale-is-output': (f) => (f.keep ? `is_output= of spec "${f.spec}" kept: ${KEPT[f.keep.reason]} (${f.keep.detail})` : `is_output= of spec "${f.spec}" is stale in the signature era (the entry's signature carries the direction); fix removes it`),
    era: (f) => `${f.harness}() is in the ${f.era} era: ${f.why}`,
    'reads-unstamped-direction': (f) => `reads .${f.attr} of a spec before the harness stamps its direction (the signature-era TensorSpec raises here): ${f.detail}`,
    'evidence-conflict': (f) => `${f.entry}.${f.param}: the list its harness receives says not an output, but a spec built on the way says ${f.wants}; ${f.wants} is used (--evidence all), please review`,
    'fix-breaks-abi': (f) => {
        const spec = f.evidence.find((e) => e.role === 'spec');
        const at = spec ? ` at ${(0, path_1.basename)(spec.path)}:${spec.line}` : '';
        return `${f.entry}.${f.param}: fix makes it ${f.artifact} (was ${f.before}), but the spec its harness receives${at} says ${f.spec}${f.runnerSays ? ` (${f.runnerSays})` : ', so the #1019 check would reject that artifact'}: give that spec ${specChange(f.spec, f.artifact)}`;
    },
    'legacy-harness': (f) => {
        const what = f.site === 'import' ? 'import of run_jit' : `${f.text.replace(/\(.*$/, '')}() call`;
        if (f.keep)
            return `${what} kept: ${HARNESS_KEPT[f.keep.reason]} (${f.keep.detail})${f.unified ? '; the golden package no longer exports run_jit, so this file fails until it is converted by hand' : ''}`;
        if (f.site === 'import')
            return `${what}: the unified golden harness is run(fn=..., config=...); fix imports run instead`;
        return f.unified
            ? `${what}: the golden package no longer exports run_jit (its run takes fn= and config=); fix converts it to run(..., config=...)`
            : `${what}: fix converts it to the unified run(fn=..., config=...) (compile_cfg and runtime_cfg become one config)`;
    },
};
/** The message for any finding. */
function messageOf(f) {
    return exports.MESSAGES[f.kind](f);
}
/** The rule, in words, for a finding that applies it. */
function ruleInWords(f) {
    if ('consequence' in f)
        return `the spec list checked against the entry as the runtime ABI check does; this tree's runner: ${f.runner ?? 'not read'}`;
    if (f.kind !== 'fix' && f.kind !== 'suppressed')
        return undefined;
    if (f.kind === 'fix' && f.rule === 'golden-write')
        return 'the golden function overwrites tensors[name] whole before reading it: the param is write-only (Out)';
    if (f.kind === 'fix' && f.rule === 'golden-update')
        return 'the golden result depends on the old contents of tensors[name] (read first, updated in place, or written in part): the param is read-modify-write (InOut)';
    if (f.kind === 'fix' && f.rule === 'compare-fn')
        return 'compare_fn names it: the harness compares it, so the param is an output (at least Out)';
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
    'abi-mismatch': 'Spec direction disagrees with the entry (#1019 check)',
    'spec-missing': 'Param without a spec',
    'spec-name': 'Spec named otherwise than the param its place binds',
    'spec-kind': 'ScalarSpec and tensor param (or the reverse)',
    'spec-shape': 'Spec shape differs from the annotation',
    'spec-dtype': 'Spec dtype differs from the annotation',
    'newly-validated': 'Former input now compared by the harness',
    'golden-disagrees': 'Golden function and specs disagree on an output',
    'stale-is-output': 'Stale is_output keyword (signature era)',
    era: 'Golden harness era of a harness call',
    'reads-unstamped-direction': 'Spec direction read before the harness stamps it',
    'evidence-conflict': 'Final spec and a spec built on the way disagree',
    'fix-breaks-abi': 'A fix makes the entry disagree with its spec (#1019 check)',
    'legacy-harness': 'Legacy golden harness call (run_jit, compile_cfg, runtime_cfg)',
};
//# sourceMappingURL=messages.js.map