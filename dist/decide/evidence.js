"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.specVerdict = specVerdict;
exports.evidenceAt = evidenceAt;
exports.specEvidence = specEvidence;
exports.reachableSpecs = reachableSpecs;
const values_1 = require("../analyze/eval/values");
const digest_1 = require("./digest");
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
/**
 * The specs reachable from an evaluated value (the list a harness receives).
 * With `provenance`, also every spec that went into building a reached value.
 */
function reachableSpecs(value, provenance, out = new Map(), certain = true, depth = 0) {
    if (depth > 8)
        return out;
    const add = (v, c) => reachableSpecs(v, provenance, out, c, depth + 1);
    const made = provenance?.get(value);
    if (made)
        for (const [spec, c] of made)
            out.set(spec, (out.get(spec) ?? false) || (c && certain));
    switch (value.k) {
        case 'spec':
            out.set(value.spec, (out.get(value.spec) ?? false) || certain);
            break;
        case 'seq':
        case 'set':
            for (const v of value.items)
                add(v, certain && !value.inexact);
            break;
        case 'dict':
            for (const [, v] of value.entries)
                add(v, certain && !value.inexact);
            break;
        case 'oneOf':
            for (const v of value.options)
                add(v, false);
            break;
    }
    return out;
}
//# sourceMappingURL=evidence.js.map