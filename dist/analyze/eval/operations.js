"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tooLarge = tooLarge;
exports.appendAll = appendAll;
exports.isUnknownLike = isUnknownLike;
exports.iterate = iterate;
exports.setSpecField = setSpecField;
exports.extendInPlace = extendInPlace;
exports.setItem = setItem;
exports.binaryOp = binaryOp;
/** Operations on evaluated values: iteration, mutation and arithmetic. */
const dicts_1 = require("./dicts");
const limits_1 = require("./limits");
const values_1 = require("./values");
/** Longest sequence the evaluator builds by repetition (`[x] * n`). */
const MAX_REPEAT = 10_000;
/** An unknown value for something past a size bound, naming how large and where. */
function tooLarge(what, at) {
    const where = at ? ` (line ${at.node.startPosition.row + 1})` : '';
    return (0, values_1.unknown)(`${limits_1.TOO_LARGE}: ${what}${where}`, at);
}
/**
 * Appends items one by one (a spread of a large list would exhaust the
 * stack); the items are those present when called (`s.extend(s)`).
 */
function appendAll(target, items) {
    for (let i = 0, n = items.length; i < n; i++)
        target.push(items[i]);
}
/** True for values that already explain why they are unknown. */
function isUnknownLike(v) {
    return v.k === 'unknown';
}
/**
 * The items an iteration yields, and whether that list is exact. Items
 * made for it (a dict's keys, a string's characters) are charged to
 * `interp`; a string longer than {@link MAX_ITEMS} is not iterated.
 */
function iterate(v, interp) {
    switch (v.k) {
        case 'seq':
        case 'set':
            return { values: v.items, exact: !v.inexact };
        case 'dict':
            interp?.charge(v.entries.length);
            return { values: v.entries.map(([k]) => k), exact: !v.inexact };
        case 'str':
            if (v.v.length > limits_1.MAX_ITEMS)
                return undefined;
            interp?.charge(v.v.length);
            return { values: [...v.v].map((c) => ({ k: 'str', v: c })), exact: true };
        default:
            return undefined;
    }
}
/** `spec.field = value` after construction (e.g. `spec.init_value = make_init(spec)`). */
function setSpecField(interp, spec, field, value) {
    const key = { name: 'name', is_output: 'isOutput', init_value: 'initValue', shape: 'shape', dtype: 'dtype' }[field];
    if (!key)
        return; // other fields (resident, ...) do not matter here
    const old = spec[key] ?? { k: 'none' };
    spec[key] = interp.uncertain ? (0, values_1.oneOf)([old, value]) : value;
    interp.noteSpec(spec);
}
/**
 * `list.extend`: appends what can be iterated, else marks the list inexact;
 * past {@link MAX_ITEMS} the list stops growing and is marked inexact.
 */
function extendInPlace(interp, list, items) {
    const it = iterate(items, interp);
    if (!it) {
        list.inexact = true;
        return;
    }
    if (list.items.length + it.values.length > limits_1.MAX_ITEMS) {
        (0, dicts_1.markTooLarge)(list);
        return;
    }
    interp.charge(it.values.length);
    appendAll(list.items, it.values);
    if (!it.exact || interp.uncertain)
        list.inexact = true;
}
/** `d[k] = v` on an evaluated dict (a new key past {@link MAX_ITEMS} marks it inexact instead). */
function setItem(interp, dict, key, value) {
    const i = (0, dicts_1.findEntry)(dict, key, interp);
    if (key.k === 'unknown')
        dict.inexact = true;
    if (i >= 0)
        dict.entries[i] = [key, interp.uncertain ? (0, values_1.oneOf)([dict.entries[i][1], value]) : value];
    else if (dict.entries.length >= limits_1.MAX_ITEMS)
        (0, dicts_1.markTooLarge)(dict);
    else
        dict.entries.push([key, value]);
    if (interp.uncertain)
        dict.inexact = true;
}
/**
 * Binary arithmetic on evaluated values; unknown where not modelled, or past
 * a size bound (then the reason names `at`). What it builds is charged to `interp`.
 */
function binaryOp(interp, op, a, b, at) {
    if (a.k === 'num' && b.k === 'num') {
        const x = a.v;
        const y = b.v;
        switch (op) {
            case '+': return { k: 'num', v: x + y };
            case '-': return { k: 'num', v: x - y };
            case '*': return { k: 'num', v: x * y };
            case '/': return { k: 'num', v: x / y };
            case '//': return { k: 'num', v: Math.floor(x / y) };
            case '%': return { k: 'num', v: ((x % y) + y) % y };
            case '**': return { k: 'num', v: x ** y };
        }
    }
    if (op === '+' && a.k === 'str' && b.k === 'str') {
        const n = a.v.length + b.v.length;
        if (n > limits_1.MAX_STRING)
            return tooLarge(`a string of ${n} characters`, at);
        interp.charge(n >> 3);
        return { k: 'str', v: a.v + b.v };
    }
    if (op === '+' && a.k === 'seq' && b.k === 'seq') {
        const n = a.items.length + b.items.length;
        if (n > limits_1.MAX_ITEMS)
            return tooLarge(`a ${a.tuple ? 'tuple' : 'list'} of ${n} items`, at);
        interp.charge(n);
        return { k: 'seq', tuple: a.tuple, items: [...a.items, ...b.items], inexact: a.inexact || b.inexact };
    }
    if (op === '*' && a.k === 'seq' && b.k === 'num' && b.v >= 0 && a.items.length * b.v <= MAX_REPEAT) {
        interp.charge(a.items.length * b.v);
        return { k: 'seq', tuple: a.tuple, items: Array.from({ length: b.v }, () => a.items).flat(), inexact: a.inexact };
    }
    if (op === '|' && a.k === 'dict' && b.k === 'dict') {
        if (a.entries.length + b.entries.length > limits_1.MAX_ITEMS)
            return tooLarge(`a dict of over ${limits_1.MAX_ITEMS} items`, at);
        interp.charge(a.entries.length + b.entries.length);
        const out = { k: 'dict', entries: [...a.entries], inexact: a.inexact || b.inexact };
        for (const [k, v] of b.entries) {
            const i = (0, dicts_1.findEntry)(out, k, interp);
            if (i >= 0)
                out.entries[i] = [k, v];
            else
                out.entries.push([k, v]);
        }
        return out;
    }
    if (a.k === 'unknown')
        return a;
    if (b.k === 'unknown')
        return b;
    if (a.k === 'opaque' || b.k === 'opaque' || a.k === 'extern' || b.k === 'extern')
        return { k: 'opaque', why: `${op} on external values` };
    return (0, values_1.unknown)(`${a.k} ${op} ${b.k} is not modelled`);
}
//# sourceMappingURL=operations.js.map