"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lookupBuiltin = lookupBuiltin;
exports.methodOf = methodOf;
exports.callBuiltin = callBuiltin;
const expressions_1 = require("./expressions");
const dicts_1 = require("./dicts");
const limits_1 = require("./limits");
const operations_1 = require("./operations");
const values_1 = require("./values");
const FUNCTIONS = new Set([
    'len', 'range', 'list', 'tuple', 'dict', 'set', 'frozenset', 'enumerate', 'zip', 'sorted', 'reversed',
    'str', 'int', 'float', 'bool', 'print', 'min', 'max', 'sum', 'any', 'all', 'getattr', 'isinstance',
    'hasattr', 'abs', 'round', 'super', 'object', 'id', 'type', 'repr', 'callable', 'iter', 'next', 'map', 'filter',
]);
/** The builtin bound to a free name, if Python has one. */
function lookupBuiltin(name) {
    if (FUNCTIONS.has(name))
        return { k: 'builtin', name };
    if (name === '__name__')
        return { k: 'str', v: '__main__' };
    return undefined;
}
const METHODS = {
    seq: ['append', 'extend', 'insert', 'index', 'copy', 'count', 'pop', 'remove', 'sort', 'reverse', 'clear'],
    dict: ['get', 'items', 'keys', 'values', 'update', 'setdefault', 'copy', 'pop'],
    str: ['join', 'format', 'upper', 'lower', 'replace', 'split', 'startswith', 'endswith', 'strip', 'rstrip', 'lstrip'],
    set: ['add', 'update', 'copy'],
};
/** A bound method of a list, dict, str or set, if modelled. */
function methodOf(obj, attr) {
    const names = METHODS[obj.k];
    return names?.includes(attr) ? { k: 'builtin', name: `${obj.k}.${attr}`, self: obj } : undefined;
}
const seq = (items, inexact = false, tuple = false) => ({ k: 'seq', tuple, items, inexact });
/** Calls a modelled builtin function or method. */
function callBuiltin(interp, fn, args) {
    const [a, b] = args.positional;
    const self = fn.self;
    if (args.hasUnknownSplat)
        return (0, values_1.unknown)(`${fn.name}() with *args`);
    switch (fn.name) {
        case 'len': {
            if (a?.k === 'str')
                return { k: 'num', v: a.v.length };
            if ((0, limits_1.isTooLarge)(a))
                return a;
            const it = a && (0, operations_1.iterate)(a, interp);
            return it?.exact ? { k: 'num', v: it.values.length } : (0, values_1.unknown)('len of undecidable value');
        }
        case 'range': {
            const nums = args.positional.map((v) => (v.k === 'num' ? v.v : undefined));
            if (nums.some((n) => n === undefined) || nums.length === 0)
                return seq([], true);
            const [start, stop, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? 1];
            if (step === 0 || Math.abs((stop - start) / step) > 10_000)
                return seq([], true);
            const out = [];
            for (let i = start; step > 0 ? i < stop : i > stop; i += step)
                out.push({ k: 'num', v: i });
            return seq(out);
        }
        case 'list':
        case 'tuple':
        case 'set':
        case 'frozenset':
        case 'sorted':
        case 'reversed': {
            if (!a)
                return fn.name === 'set' || fn.name === 'frozenset' ? { k: 'set', items: [] } : seq([], false, fn.name === 'tuple');
            const it = (0, operations_1.iterate)(a, interp);
            if (!it)
                return (0, values_1.unknown)(`${fn.name}() of ${a.k}`);
            interp.charge(it.values.length);
            if (fn.name === 'set' || fn.name === 'frozenset')
                return { k: 'set', items: [...it.values], inexact: !it.exact };
            const items = fn.name === 'reversed' ? [...it.values].reverse() : [...it.values];
            // sorted() order only matters for positional binding, which we never rely on
            return seq(items, !it.exact || (fn.name === 'sorted' && args.keywords.size > 0), fn.name === 'tuple');
        }
        case 'dict': {
            const out = { k: 'dict', entries: [] };
            if (a?.k === 'dict') {
                interp.charge(a.entries.length);
                (0, operations_1.appendAll)(out.entries, a.entries);
            }
            else if (a) {
                const it = (0, operations_1.iterate)(a, interp);
                if (it)
                    interp.charge(it.values.length);
                if (!it)
                    return (0, values_1.unknown)('dict() of undecidable value');
                for (const pair of it.values) {
                    if (pair.k === 'seq' && pair.items.length === 2)
                        out.entries.push([pair.items[0], pair.items[1]]);
                    else
                        out.inexact = true;
                }
                if (!it.exact)
                    out.inexact = true;
            }
            for (const [k, v] of args.keywords)
                (0, operations_1.setItem)(interp, out, { k: 'str', v: k }, v);
            return out;
        }
        case 'enumerate': {
            const it = a && (0, operations_1.iterate)(a, interp);
            if (it)
                interp.charge(3 * it.values.length);
            const start = b?.k === 'num' ? b.v : 0;
            return it ? seq(it.values.map((v, i) => seq([{ k: 'num', v: i + start }, v], false, true)), !it.exact) : (0, values_1.unknown)('enumerate of undecidable value');
        }
        case 'zip': {
            const its = args.positional.map((v) => (0, operations_1.iterate)(v, interp));
            if (its.some((x) => !x))
                return (0, values_1.unknown)('zip of undecidable value');
            const n = its.length ? its.reduce((m, x) => Math.min(m, x.values.length), Infinity) : 0;
            interp.charge(n * (its.length + 1));
            return seq(Array.from({ length: n }, (_, i) => seq(its.map((x) => x.values[i]), false, true)), its.some((x) => !x.exact));
        }
        case 'str':
            return a?.k === 'str' ? a : a?.k === 'num' ? { k: 'str', v: String(a.v) } : (0, values_1.unknown)('str() of undecidable value');
        case 'int':
            return a?.k === 'num' ? { k: 'num', v: Math.trunc(a.v) } : a?.k === 'str' && /^\s*-?\d+\s*$/.test(a.v) ? { k: 'num', v: parseInt(a.v, 10) } : (0, values_1.unknown)('int() of undecidable value');
        case 'float':
            return a?.k === 'num' ? a : (0, values_1.unknown)('float() of undecidable value');
        case 'bool': {
            const t = a ? (0, values_1.truthy)(a) : false;
            return t === undefined ? (0, values_1.unknown)('bool() of undecidable value') : t ? values_1.TRUE : values_1.FALSE;
        }
        case 'print':
            return values_1.NONE;
        case 'min':
        case 'max': {
            const vals = args.positional.length === 1 ? (0, operations_1.iterate)(a, interp)?.values : args.positional;
            if (!vals || vals.length === 0 || vals.some((v) => v.k !== 'num'))
                return (0, values_1.unknown)(`${fn.name}() of undecidable values`);
            interp.charge(vals.length);
            const nums = vals.map((v) => v.v);
            const pick = fn.name === 'min' ? Math.min : Math.max;
            return { k: 'num', v: nums.reduce((m, x) => pick(m, x)) };
        }
        case 'sum': {
            const it = a && (0, operations_1.iterate)(a, interp);
            if (it)
                interp.charge(it.values.length);
            if (!it?.exact || it.values.some((v) => v.k !== 'num'))
                return (0, values_1.unknown)('sum() of undecidable values');
            return { k: 'num', v: it.values.reduce((s, v) => s + v.v, 0) };
        }
        case 'any':
        case 'all': {
            const it = a && (0, operations_1.iterate)(a, interp);
            if (!it)
                return (0, values_1.unknown)(`${fn.name}() of undecidable value`);
            interp.charge(it.values.length);
            const ts = it.values.map(values_1.truthy);
            if (fn.name === 'any')
                return ts.includes(true) ? values_1.TRUE : ts.includes(undefined) || !it.exact ? (0, values_1.unknown)('any() undecidable') : values_1.FALSE;
            return ts.includes(false) ? values_1.FALSE : ts.includes(undefined) || !it.exact ? (0, values_1.unknown)('all() undecidable') : values_1.TRUE;
        }
        case 'getattr': {
            if (b?.k !== 'str')
                return (0, values_1.unknown)('getattr with an undecidable name');
            const v = (0, expressions_1.getAttr)(interp, a, b.v);
            return v.k === 'unknown' && args.positional[2] ? (0, values_1.oneOf)([v, args.positional[2]]) : v;
        }
        case 'isinstance':
            return isInstance(a, b);
        case 'abs':
            return a?.k === 'num' ? { k: 'num', v: Math.abs(a.v) } : (0, values_1.unknown)('abs() of undecidable value');
        case 'object':
            return { k: 'opaque', why: 'object()' };
        default:
            return self ? callMethod(interp, fn, self, args) : (0, values_1.unknown)(`${fn.name}() is not modelled`);
    }
}
function callMethod(interp, fn, self, args) {
    const [a, b] = args.positional;
    const method = fn.name.slice(fn.name.indexOf('.') + 1);
    if (self.k === 'seq') {
        switch (method) {
            case 'append':
                if (self.tuple)
                    return (0, values_1.unknown)('append on a tuple');
                if (self.items.length >= limits_1.MAX_ITEMS) {
                    (0, dicts_1.markTooLarge)(self);
                    return values_1.NONE;
                }
                self.items.push(a ?? (0, values_1.unknown)('append()'));
                if (interp.uncertain)
                    self.inexact = true;
                return values_1.NONE;
            case 'extend':
                if (a)
                    (0, operations_1.extendInPlace)(interp, self, a);
                return values_1.NONE;
            case 'insert':
                if (self.items.length >= limits_1.MAX_ITEMS)
                    (0, dicts_1.markTooLarge)(self);
                else if (a?.k === 'num' && b && !interp.uncertain) {
                    interp.charge(self.items.length);
                    self.items.splice(a.v < 0 ? self.items.length + a.v : a.v, 0, b);
                }
                else {
                    if (b)
                        self.items.push(b);
                    self.inexact = true;
                }
                return values_1.NONE;
            case 'copy':
                interp.charge(self.items.length);
                return seq([...self.items], self.inexact);
            case 'index': {
                if (self.inexact)
                    return (0, values_1.unknown)('index() on an undecidable list');
                interp.charge(self.items.length);
                const i = self.items.findIndex((x) => a && (0, values_1.looseEquals)(x, a) === true);
                return i >= 0 ? { k: 'num', v: i } : (0, values_1.unknown)('index() not found statically');
            }
            default:
                self.inexact = true;
                return (0, values_1.unknown)(`list.${method}() is not modelled`);
        }
    }
    if (self.k === 'dict') {
        const lookup = (key) => {
            const i = (0, dicts_1.findEntry)(self, key, interp);
            return i >= 0 ? self.entries[i][1] : undefined;
        };
        switch (method) {
            case 'get': {
                const hit = a && lookup(a);
                if (hit)
                    return hit;
                return self.inexact || a?.k === 'unknown' ? (0, values_1.unknown)('dict.get() undecidable') : (b ?? values_1.NONE);
            }
            case 'items':
                interp.charge(3 * self.entries.length);
                return seq(self.entries.map(([k, v]) => seq([k, v], false, true)), self.inexact);
            case 'keys':
                interp.charge(self.entries.length);
                return seq(self.entries.map(([k]) => k), self.inexact);
            case 'values':
                interp.charge(self.entries.length);
                return seq(self.entries.map(([, v]) => v), self.inexact);
            case 'copy':
                interp.charge(self.entries.length);
                return { k: 'dict', entries: [...self.entries], inexact: self.inexact };
            case 'update':
                if (a?.k === 'dict')
                    for (const [k, v] of a.entries)
                        (0, operations_1.setItem)(interp, self, k, v);
                else if (a)
                    self.inexact = true;
                for (const [k, v] of args.keywords)
                    (0, operations_1.setItem)(interp, self, { k: 'str', v: k }, v);
                return values_1.NONE;
            case 'setdefault': {
                const hit = a && lookup(a);
                if (hit)
                    return hit;
                if (a)
                    (0, operations_1.setItem)(interp, self, a, b ?? values_1.NONE);
                return b ?? values_1.NONE;
            }
            default:
                self.inexact = true;
                return (0, values_1.unknown)(`dict.${method}() is not modelled`);
        }
    }
    if (self.k === 'str') {
        switch (method) {
            case 'join': {
                const it = a && (0, operations_1.iterate)(a, interp);
                if (!it?.exact || it.values.some((v) => v.k !== 'str'))
                    return (0, values_1.unknown)('str.join() of undecidable values');
                const parts = it.values.map((v) => v.v);
                const n = parts.reduce((m, p) => m + p.length, 0) + self.v.length * Math.max(0, parts.length - 1);
                if (n > limits_1.MAX_STRING)
                    return (0, operations_1.tooLarge)(`a string of ${n} characters`, interp.site());
                interp.charge(parts.length + (n >> 3));
                return { k: 'str', v: parts.join(self.v) };
            }
            case 'upper':
                interp.charge(self.v.length >> 3);
                return { k: 'str', v: self.v.toUpperCase() };
            case 'lower':
                interp.charge(self.v.length >> 3);
                return { k: 'str', v: self.v.toLowerCase() };
            case 'startswith':
            case 'endswith':
                return a?.k === 'str' ? ((method === 'startswith' ? self.v.startsWith(a.v) : self.v.endsWith(a.v)) ? values_1.TRUE : values_1.FALSE) : (0, values_1.unknown)(`str.${method}()`);
            case 'replace': {
                if (a?.k !== 'str' || b?.k !== 'str')
                    return (0, values_1.unknown)('str.replace()');
                const pieces = self.v.split(a.v);
                const n = self.v.length + (pieces.length - 1) * (b.v.length - a.v.length);
                if (n > limits_1.MAX_STRING)
                    return (0, operations_1.tooLarge)(`a string of ${n} characters`, interp.site());
                interp.charge((self.v.length + n) >> 3);
                return { k: 'str', v: pieces.join(b.v) };
            }
            case 'strip':
                return a ? (0, values_1.unknown)('str.strip(chars)') : { k: 'str', v: self.v.trim() };
            default:
                return (0, values_1.unknown)(`str.${method}() is not modelled`);
        }
    }
    if (self.k === 'set' && (method === 'add' || method === 'update')) {
        const it = method === 'add' ? (a ? { values: [a], exact: true } : undefined) : a ? (0, operations_1.iterate)(a, interp) : undefined;
        if (it && self.items.length + it.values.length > limits_1.MAX_ITEMS) {
            (0, dicts_1.markTooLarge)(self);
            return values_1.NONE;
        }
        // on a path that may not run, an item may or may not be there: `x in s` is then undecided for it only
        if (it) {
            interp.charge(it.values.length);
            (0, operations_1.appendAll)(self.items, it.values.map((v) => (interp.uncertain ? (0, values_1.oneOf)([v, values_1.NONE]) : v)));
        }
        if (!it || !it.exact)
            self.inexact = true;
        return values_1.NONE;
    }
    if (self.k === 'set' && method === 'copy') {
        interp.charge(self.items.length);
        return { k: 'set', items: [...self.items], inexact: self.inexact };
    }
    if (self.k === 'set')
        self.inexact = true; // an unmodelled method may have changed it
    return (0, values_1.unknown)(`${fn.name}() is not modelled`);
}
const BUILTIN_TYPES = { int: ['num'], float: ['num'], str: ['str'], bool: ['bool'], list: ['seq'], tuple: ['seq'], dict: ['dict'], set: ['set'] };
/** `isinstance` where the answer follows from what was evaluated. */
function isInstance(v, cls) {
    if (!v || !cls)
        return (0, values_1.unknown)('isinstance()');
    if (cls.k === 'seq') {
        const parts = cls.items.map((c) => isInstance(v, c));
        if (parts.some((p) => p.k === 'bool' && p.v))
            return values_1.TRUE;
        return parts.every((p) => p.k === 'bool') ? values_1.FALSE : (0, values_1.unknown)('isinstance() undecidable');
    }
    if (v.k === 'oneOf')
        return (0, values_1.oneOf)(v.options.map((o) => isInstance(o, cls)));
    const clsName = cls.k === 'class' ? cls.name : cls.k === 'extern' ? cls.name.slice(cls.name.lastIndexOf('.') + 1) : cls.k === 'builtin' ? cls.name : undefined;
    if (!clsName)
        return (0, values_1.unknown)('isinstance() with an undecidable class');
    if (v.k === 'spec') {
        if (clsName === 'TensorSpec' || clsName === 'ScalarSpec')
            return v.spec.cls === clsName ? values_1.TRUE : values_1.FALSE;
        return (0, values_1.unknown)('isinstance() of a spec against another class');
    }
    if (cls.k === 'builtin' && BUILTIN_TYPES[clsName]) {
        if (v.k === 'unknown' || v.k === 'opaque' || v.k === 'instance' || v.k === 'extern')
            return (0, values_1.unknown)('isinstance() of an undecidable value');
        if (clsName === 'tuple' || clsName === 'list')
            return v.k === 'seq' && v.tuple === (clsName === 'tuple') ? values_1.TRUE : values_1.FALSE;
        return BUILTIN_TYPES[clsName].includes(v.k) ? values_1.TRUE : values_1.FALSE;
    }
    return (0, values_1.unknown)('isinstance() undecidable');
}
//# sourceMappingURL=builtins.js.map