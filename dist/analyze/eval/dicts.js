"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findEntry = findEntry;
exports.putEntry = putEntry;
exports.markTooLarge = markTooLarge;
const limits_1 = require("./limits");
const values_1 = require("./values");
/** Below this many entries a dict is searched item by item. */
const SMALL = 16;
const indexes = new WeakMap();
/**
 * A string equal for two values exactly when Python `==` between them is
 * surely true ({@link looseEquals}): literals and exact tuples of them
 * (nested a few levels). Undefined for anything else.
 */
function literalKey(v, depth = 0) {
    switch (v.k) {
        case 'str':
            return `s${v.v}`;
        case 'num':
            return Number.isNaN(v.v) ? undefined : `n${v.v}`;
        case 'bool':
            return v.v ? 'n1' : 'n0';
        case 'none':
            return 'z';
        case 'seq': {
            if (v.inexact || depth > 8)
                return undefined;
            const parts = [];
            for (const item of v.items) {
                const p = literalKey(item, depth + 1);
                if (p === undefined)
                    return undefined;
                parts.push(p);
            }
            return (v.tuple ? 't' : 'l') + JSON.stringify(parts);
        }
        default:
            return undefined;
    }
}
function indexOf(entries) {
    let idx = indexes.get(entries);
    if (!idx)
        indexes.set(entries, (idx = { first: new Map(), others: [], covered: 0 }));
    for (; idx.covered < entries.length; idx.covered++) {
        const k = literalKey(entries[idx.covered][0]);
        if (k === undefined)
            idx.others.push(idx.covered);
        else if (!idx.first.has(k))
            idx.first.set(k, idx.covered);
    }
    return idx;
}
/**
 * The position of the first entry whose key surely equals `key`, or -1: what
 * a search entry by entry finds, in constant time for literal keys of a
 * large dict. Entries searched are charged to `interp`.
 */
function findEntry(dict, key, interp) {
    const entries = dict.entries;
    const k = entries.length < SMALL ? undefined : literalKey(key);
    const scan = () => {
        interp?.charge(entries.length);
        return entries.findIndex(([x]) => (0, values_1.looseEquals)(x, key) === true);
    };
    if (k === undefined)
        return scan();
    const idx = indexOf(entries);
    let found = idx.first.get(k) ?? -1;
    // an entry replaced since it was indexed no longer matches: search it all
    if (found >= 0 && (0, values_1.looseEquals)(entries[found][0], key) !== true)
        return scan();
    interp?.charge(1 + idx.others.length);
    for (const i of idx.others) {
        if (found >= 0 && i > found)
            break;
        if ((0, values_1.looseEquals)(entries[i][0], key) === true) {
            found = i;
            break;
        }
    }
    return found;
}
/**
 * Sets `dict[key] = value` as a dict display or comprehension does (no
 * uncertainty); false, with the dict marked inexact, when a new key would
 * take it past {@link MAX_ITEMS}.
 */
function putEntry(dict, key, value, interp) {
    const i = findEntry(dict, key, interp);
    if (i >= 0)
        dict.entries[i] = [key, value];
    else if (dict.entries.length >= limits_1.MAX_ITEMS) {
        markTooLarge(dict);
        return false;
    }
    else
        dict.entries.push([key, value]);
    if (key.k === 'unknown')
        dict.inexact = true;
    return true;
}
/** Marks a collection that stopped growing at a size bound: what it holds is only part of it. */
function markTooLarge(v) {
    v.inexact = true;
    v.why ??= `${limits_1.TOO_LARGE}: more than ${limits_1.MAX_ITEMS} items`;
}
//# sourceMappingURL=dicts.js.map