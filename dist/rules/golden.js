"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.goldenOf = goldenOf;
exports.compareKeys = compareKeys;
exports.harnessNames = harnessNames;
const reader_1 = require("../analyze/golden/reader");
/** The static reading of a harness call's golden function (memoized), or undefined without one. */
function goldenOf(a, inv) {
    let memo = a.memo.get('golden');
    if (!memo)
        a.memo.set('golden', (memo = new Map()));
    if (!memo.has(inv))
        memo.set(inv, inv.golden ? (0, reader_1.readGolden)(inv.golden, a.importsAt) : undefined);
    return memo.get(inv);
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