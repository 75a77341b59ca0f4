"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FALSE = exports.TRUE = exports.NONE = void 0;
exports.unknown = unknown;
exports.isUnknown = isUnknown;
exports.nullness = nullness;
exports.truthy = truthy;
exports.looseEquals = looseEquals;
exports.oneOf = oneOf;
exports.optionsOf = optionsOf;
const limits_1 = require("./limits");
exports.NONE = { k: 'none' };
exports.TRUE = { k: 'bool', v: true };
exports.FALSE = { k: 'bool', v: false };
/** An unknown value with the reason it could not be evaluated. */
function unknown(why, at) {
    return { k: 'unknown', why, at };
}
/** True for a value the evaluator could not decide. */
function isUnknown(v) {
    return v.k === 'unknown';
}
/**
 * Whether a value is None: 'none', 'notNone', or 'unknown'. A union is only
 * decided when every option agrees.
 */
function nullness(v) {
    switch (v.k) {
        case 'none':
            return 'none';
        case 'unknown':
            return 'unknown';
        case 'oneOf': {
            const all = new Set(v.options.map(nullness));
            return all.size === 1 ? [...all][0] : 'unknown';
        }
        default:
            return 'notNone';
    }
}
/** Python truthiness, or undefined when it cannot be decided. */
function truthy(v) {
    switch (v.k) {
        case 'none':
            return false;
        case 'bool':
            return v.v;
        case 'num':
            return v.v !== 0;
        case 'str':
            return v.v.length > 0;
        case 'seq':
        case 'set':
            return v.items.length > 0 ? true : v.inexact ? undefined : false;
        case 'dict':
            return v.entries.length > 0 ? true : v.inexact ? undefined : false;
        case 'unknown':
        case 'opaque':
        case 'extern':
        case 'instance':
            return undefined;
        case 'oneOf': {
            const all = new Set(v.options.map(truthy));
            return all.size === 1 ? [...all][0] : undefined;
        }
        default:
            return true;
    }
}
/** Python `==` on literal values; undefined when undecidable. */
function looseEquals(a, b) {
    if (a.k === 'oneOf' || b.k === 'oneOf') {
        const as = a.k === 'oneOf' ? a.options : [a];
        const bs = b.k === 'oneOf' ? b.options : [b];
        const all = new Set();
        for (const x of as)
            for (const y of bs)
                all.add(looseEquals(x, y));
        return all.size === 1 ? [...all][0] : undefined;
    }
    if (a.k === 'none' || b.k === 'none') {
        const n = a.k === 'none' ? nullness(b) : nullness(a);
        return n === 'unknown' ? undefined : n === 'none';
    }
    const scalar = (v) => v.k === 'str' || v.k === 'num' || v.k === 'bool' ? (v.k === 'bool' ? Number(v.v) : v.v) : undefined;
    const x = scalar(a);
    const y = scalar(b);
    if (x !== undefined && y !== undefined)
        return x === y;
    if ((a.k === 'seq' && b.k === 'seq') && !a.inexact && !b.inexact) {
        if (a.items.length !== b.items.length || a.tuple !== b.tuple)
            return false;
        let all = true;
        for (let i = 0; i < a.items.length; i++) {
            const e = looseEquals(a.items[i], b.items[i]);
            if (e === false)
                return false;
            if (e === undefined)
                all = undefined;
        }
        return all;
    }
    if (a.k === 'func' && b.k === 'func')
        return a.def.id === b.def.id;
    if (a.k === 'class' && b.k === 'class')
        return a.def.id === b.def.id;
    if (a.k === 'spec' && b.k === 'spec' && a.spec === b.spec)
        return true;
    return undefined;
}
/**
 * A union of candidate values, flattened; a single option is returned as is.
 * Past {@link MAX_OPTIONS} distinct options it is unknown.
 */
function oneOf(options) {
    const flat = new Set();
    for (const o of options) {
        if (o.k === 'oneOf')
            for (const x of o.options)
                flat.add(x);
        else
            flat.add(o);
    }
    if (flat.size === 1)
        return flat.values().next().value;
    if (flat.size > limits_1.MAX_OPTIONS)
        return unknown(`${limits_1.TOO_LARGE}: more than ${limits_1.MAX_OPTIONS} possible values`);
    return { k: 'oneOf', options: [...flat] };
}
/** The options of a union, or the value itself. */
function optionsOf(v) {
    return v.k === 'oneOf' ? v.options : [v];
}
//# sourceMappingURL=values.js.map