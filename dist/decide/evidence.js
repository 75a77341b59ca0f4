"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reachableSpecs = void 0;
exports.specVerdict = specVerdict;
exports.evidenceAt = evidenceAt;
exports.specEvidence = specEvidence;
const values_1 = require("../analyze/eval/values");
const digest_1 = require("./digest");
// where the analysis already needs it (linking); kept here for the rules that read it with the verdicts
var reach_1 = require("../analyze/eval/reach");
Object.defineProperty(exports, "reachableSpecs", { enumerable: true, get: function () { return reach_1.reachableSpecs; } });
/** Applies the rule to one spec: is_output + init_value -> InOut, is_output alone -> Out. */
function specVerdict(spec) {
    const out = (0, values_1.truthy)(spec.isOutput);
    if (out === undefined)
        return { kind: 'undecidable', detail: `is_output is undecidable (${why(spec.isOutput)})`, could: 'InOut' };
    if (!out)
        return { kind: 'direction', direction: 'In' };
    const init = spec.initValue ? (0, values_1.nullness)(spec.initValue) : 'none';
    if (init === 'unknown')
        return { kind: 'undecidable', detail: `init_value is undecidable (${why(spec.initValue)})`, could: 'InOut' };
    return { kind: 'direction', direction: init === 'notNone' ? 'InOut' : 'Out' };
}
function why(v) {
    return v.k === 'unknown' ? v.why : v.k === 'oneOf' ? 'depends on a branch' : v.k;
}
/**
 * An evidence item pointing at a syntax node, with a one-line digest of it;
 * arguments mentioning `mention` (the host param a host call passes on) stay.
 */
function evidenceAt(role, path, node, says, mention) {
    return { role, path, line: node.startPosition.row + 1, text: digestOf(node, role, mention), ...(says ? { says } : {}) };
}
/** Digests by syntax tree: the same spec or harness call is evidence for many params and paths. */
const digests = new WeakMap();
function digestOf(node, role, mention) {
    let memo = digests.get(node.tree);
    if (!memo)
        digests.set(node.tree, (memo = new Map()));
    const key = `${node.startIndex}:${node.endIndex}:${role}:${mention ?? ''}`;
    let text = memo.get(key);
    if (text === undefined)
        memo.set(key, (text = (0, digest_1.digestCall)(node, role, undefined, mention)));
    return text;
}
/** Evidence item for a spec, with what it says. */
function specEvidence(spec) {
    const v = specVerdict(spec);
    const says = v.kind === 'undecidable' ? v.detail : v.direction === 'InOut' ? 'is_output=True with an init_value' : v.direction === 'Out' ? 'is_output=True, no init_value' : 'not an output';
    return evidenceAt('spec', spec.site.path, spec.site.node, says);
}
//# sourceMappingURL=evidence.js.map