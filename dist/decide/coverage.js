"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.specCoverage = specCoverage;
exports.noteHarness = noteHarness;
exports.withHarnesses = withHarnesses;
exports.noSpec = noSpec;
const model_1 = require("../model");
const evidence_1 = require("./evidence");
/**
 * Reads the final specs argument of a harness: the names it holds a spec for
 * (a union over branches) and whether anything in it is undecided, so that a
 * param without a spec is reported instead of passing as `In`.
 */
function specCoverage(specs) {
    const out = { names: new Set(), complete: true };
    const incomplete = (why) => {
        if (out.complete)
            out.why = why;
        out.complete = false;
    };
    const visit = (v, depth) => {
        if (depth > 4)
            return incomplete('the specs are nested too deeply');
        switch (v.k) {
            case 'oneOf':
                for (const o of v.options)
                    visit(o, depth + 1);
                return;
            case 'seq':
                if (v.inexact)
                    incomplete(v.why ?? 'the specs list is not fully decided');
                for (const item of v.items) {
                    if (item.k === 'spec') {
                        if (item.spec.name.k === 'str')
                            out.names.add(item.spec.name.v);
                        else
                            incomplete("a spec's name is undecidable");
                    }
                    else if (item.k === 'oneOf' && item.options.every((o) => o.k === 'spec')) {
                        visit({ k: 'seq', tuple: false, items: item.options }, depth + 1);
                    }
                    else if (item.k !== 'none') {
                        incomplete(item.k === 'unknown' ? item.why : `an item of the specs list is a ${item.k} value`);
                    }
                }
                return;
            case 'unknown':
                return incomplete(v.why);
            default:
                return incomplete(`the specs argument is a ${v.k} value`);
        }
    };
    visit(specs, 0);
    return out;
}
/** Remembers one more harness linking a param. */
function noteHarness(state, harness) {
    const list = (state.harnesses ??= []);
    if (!list.some((h) => h.path === harness.path && h.line === harness.line))
        list.push(harness);
}
/** A param's deciding evidence, then every other harness that links it. */
function withHarnesses(s, evidence) {
    const more = (s.harnesses ?? []).filter((h) => !evidence.some((e) => e.role === 'harness' && e.path === h.path && e.line === h.line));
    return more.length ? [...evidence, ...more] : evidence;
}
/** Reports a linked tensor param its harness gives no spec (or an undecided list that may hold one). */
function noSpec(state, coverage, harness, built) {
    if (coverage.complete) {
        state.undecided.push({ reason: 'no-spec', detail: `no spec named ${state.param.name} reaches the harness`, could: 'InOut', evidence: [harness] });
        return;
    }
    // an undecided list can only hold what was built on the way: the strongest such spec is the most it can ask
    const named = [...built.keys()].filter((sp) => sp.name.k === 'str' && sp.name.v === state.param.name);
    const could = named.length
        ? named.map((sp) => (0, evidence_1.specVerdict)(sp)).reduce((m, v) => (v.kind === 'undecidable' ? 'InOut' : (0, model_1.rank)(v.direction) > (0, model_1.rank)(m) ? v.direction : m), 'In')
        : 'InOut';
    if (could === 'In')
        return;
    state.undecided.push({ reason: 'undecided-specs', detail: coverage.why ?? 'the specs are not fully decided', could, evidence: [harness] });
}
//# sourceMappingURL=coverage.js.map