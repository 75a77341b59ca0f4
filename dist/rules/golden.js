"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.goldenOf = goldenOf;
exports.compareKeys = compareKeys;
exports.harnessNames = harnessNames;
const reader_1 = require("../analyze/golden/reader");
/**
 * The static reading of a harness call's golden function, or undefined
 * without one. Memoized per function (definition, closure, bound self):
 * every path of a harness region makes an invocation of its own, and they
 * share their golden.
 */
function goldenOf(a, inv) {
    if (!inv.golden)
        return undefined;
    let memo = a.memo.get('golden');
    if (!memo)
        a.memo.set('golden', (memo = new Map()));
    const key = goldenKey(inv.golden);
    if (!memo.has(key))
        memo.set(key, (0, reader_1.readGolden)(inv.golden, a.importsAt));
    return memo.get(key);
}
const identities = new WeakMap();
let counter = 0;
function idOf(o) {
    if (!o)
        return 0;
    let id = identities.get(o);
    if (id === undefined)
        identities.set(o, (id = ++counter));
    return id;
}
/** What a golden reading depends on: each option's definition, closure and bound self. */
function goldenKey(v) {
    const options = v.k === 'oneOf' ? v.options : [v];
    return options
        .map((o) => (o.k === 'func' ? `f${o.mod.path}:${o.def.id}:${idOf(o.closure)}:${idOf(o.self)}` : o.k === 'lambda' ? `l${idOf(o)}` : `-${idOf(o)}`))
        .join('|');
}
/** The string keys of a `compare_fn=` dict (on any path): names the harness compares. */
function compareKeys(v) {
    const out = new Set();
    for (const opt of v ? (v.k === 'oneOf' ? v.options : [v]) : []) {
        if (opt.k === 'dict')
            for (const [k] of opt.entries)
                if (k.k === 'str')
                    out.add(k.v);
    }
    return out;
}
/** The harness's name for each param of a link: its spec's name (PTOTestCase binds by position), else the param's. */
function harnessNames(link) {
    const out = new Map();
    for (const p of link.entry.params)
        out.set(p.name, p);
    for (const [param, specs] of link.final)
        for (const s of specs.keys())
            if (s.name.k === 'str')
                out.set(s.name.v, param);
    return out;
}
//# sourceMappingURL=golden.js.map