"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.goldenOf = goldenOf;
exports.compareKeys = compareKeys;
exports.harnessNames = harnessNames;
const memo_1 = require("../analyze/golden/memo");
/**
 * The static reading of a harness call's golden function, or undefined
 * without one. Read once per function source in an analysis: every path of
 * a harness region makes an invocation of its own, and they share their
 * golden.
 */
function goldenOf(a, inv) {
    if (!inv.golden)
        return undefined;
    let readings = a.memo.get('golden');
    if (!readings)
        a.memo.set('golden', (readings = new memo_1.GoldenReadings(a.importsAt, a.work, a.keptReadings)));
    return readings.read(inv.golden);
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