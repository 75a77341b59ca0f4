"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PathExplorer = exports.MAX_PATHS = exports.PathEnd = void 0;
exports.isSubject = isSubject;
exports.factOf = factOf;
const values_1 = require("./values");
/** Thrown when a path surely raises: what it would do next never runs. */
class PathEnd extends Error {
}
exports.PathEnd = PathEnd;
/** Most tests about run-time values one path assumes (later ones are merged as before). */
const MAX_DECISIONS = 8;
/** Most paths explored per harness region; beyond, the region is evaluated merged. */
exports.MAX_PATHS = 32;
const isLiteral = (v) => v.k === 'str' || v.k === 'num' || v.k === 'bool' || v.k === 'none';
/**
 * Whether a value can be the subject of a fact: a run-time value kept by
 * identity (a command-line argument, an attribute of one, an unknown argument
 * of the function holding the harness), not the result of an undecided test.
 */
function isSubject(v) {
    return v.k === 'opaque' || v.k === 'extern' || (v.k === 'unknown' && v.input === true);
}
/** What a fact is remembered by: the value itself, or an external name (`sys.argv`, read anew each time). */
function keyOf(v) {
    return v.k === 'extern' ? `extern:${v.name}` : v;
}
/** A fact about `subject` compared with literals, or undefined when the test cannot be one. */
function factOf(op, a, b, text) {
    if (op === '==' || op === '!=') {
        const [subject, lit] = isSubject(a) && isLiteral(b) ? [a, b] : isSubject(b) && isLiteral(a) ? [b, a] : [];
        return subject && lit ? { subject, test: 'eq', values: [lit], negated: op === '!=', text } : undefined;
    }
    if ((op === 'in' || op === 'not in') && isSubject(a) && (b.k === 'seq' || b.k === 'set') && !b.inexact && b.items.every(isLiteral)) {
        return { subject: a, test: 'in', values: b.items, negated: op === 'not in', text };
    }
    if ((op === 'in' || op === 'not in') && isLiteral(a) && isSubject(b))
        return { subject: b, test: 'has', values: [a], negated: op === 'not in', text };
    return undefined;
}
/**
 * Explores the paths of one harness region one at a time: each run follows
 * one outcome of every undecided test about a run-time value (a command-line
 * mode, a flag) and remembers it, so a later test of the same value agrees
 * and values chosen together on one path stay together. Runs are enumerated
 * depth first by their vector of choices.
 */
class PathExplorer {
    next = [];
    prescribed = [];
    choices = [];
    labels = [];
    known = new Map();
    /** Runs started so far. */
    runs = 0;
    /** Starts the next run; false when every path has been explored. */
    start() {
        if (!this.next)
            return false;
        this.prescribed = this.next;
        this.choices = [];
        this.labels = [];
        this.known = new Map();
        this.runs++;
        return true;
    }
    /** Ends a run and prepares the next choice vector. */
    finish() {
        let j = this.choices.length - 1;
        while (j >= 0 && this.choices[j] === 1)
            j--;
        this.next = j < 0 ? undefined : [...this.choices.slice(0, j), 1];
    }
    /** What this run assumes so far (a copy), to {@link PathExplorer.assumeAll} again in a later run. */
    assumptions() {
        return new Map([...this.known].map(([k, v]) => [k, copyKnowledge(v)]));
    }
    /** Assumes again what an earlier run assumed before its first choice (a run resumed after that prefix). */
    assumeAll(saved) {
        this.known = new Map([...saved].map(([k, v]) => [k, copyKnowledge(v)]));
    }
    /** Whether this run made no choice (the region has a single path). */
    get straight() {
        return this.choices.length === 0;
    }
    /** The choices of this run, in words. */
    label() {
        return this.labels.join(', ');
    }
    /** What this path already knows about a fact, or undefined. */
    evaluate(f) {
        const k = this.known.get(keyOf(f.subject));
        if (!k)
            return undefined;
        const r = holds(k, f);
        return r === undefined ? undefined : r !== f.negated;
    }
    /** Decides an undecided fact for this path (assuming it), or undefined past the budget. */
    decide(f) {
        const known = this.evaluate(f);
        if (known !== undefined)
            return known;
        if (this.choices.length >= MAX_DECISIONS)
            return undefined;
        const choice = this.prescribed[this.choices.length] ?? 0;
        this.choices.push(choice);
        const outcome = choice === 0;
        this.labels.push(`${f.text.replace(/\s+/g, ' ').slice(0, 60)} is ${outcome ? 'True' : 'False'}`);
        this.assume(f, outcome);
        return outcome;
    }
    /** Assumes a fact one way on this path without making a choice (a guard clause that raises). */
    assume(f, outcome) {
        const k = this.known.get(keyOf(f.subject)) ?? { ne: [], holds: [], lacks: [] };
        this.known.set(keyOf(f.subject), k);
        const positive = outcome !== f.negated;
        if (f.test === 'truthy')
            k.truthy = positive;
        else if (f.test === 'has')
            (positive ? k.holds : k.lacks).push(f.values[0]);
        else if (positive && f.values.length === 1)
            k.eq = f.values[0];
        else if (positive)
            k.within = k.within ? k.within.filter((v) => f.values.some((w) => (0, values_1.looseEquals)(v, w) === true)) : f.values;
        else
            for (const v of f.values)
                k.ne.push(v);
    }
}
exports.PathExplorer = PathExplorer;
function copyKnowledge(k) {
    return { ...k, ne: [...k.ne], holds: [...k.holds], lacks: [...k.lacks], ...(k.within ? { within: [...k.within] } : {}) };
}
/** Whether the non-negated test of `f` holds under what is known. */
function holds(k, f) {
    const isIn = (v, list) => list.some((w) => (0, values_1.looseEquals)(v, w) === true);
    if (f.test === 'truthy')
        return k.truthy ?? (k.eq ? (0, values_1.truthy)(k.eq) : undefined);
    if (f.test === 'has')
        return isIn(f.values[0], k.holds) ? true : isIn(f.values[0], k.lacks) ? false : undefined;
    if (k.eq)
        return isIn(k.eq, f.values);
    if (f.values.every((v) => isIn(v, k.ne) || (k.within && !isIn(v, k.within))))
        return false;
    if (k.within) {
        const left = k.within.filter((v) => !isIn(v, k.ne));
        if (left.every((v) => isIn(v, f.values)))
            return true;
    }
    return undefined;
}
//# sourceMappingURL=paths.js.map