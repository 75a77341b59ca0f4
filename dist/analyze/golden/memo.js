"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GoldenReadings = void 0;
const bindings_1 = require("./bindings");
const reader_1 = require("./reader");
/**
 * The golden readings of one analysis (one set of syntax trees and one
 * import resolver), reused by source: each path of a harness region makes
 * function values of its own (a lambda, a closure), but the same function
 * source whose closure lookups find the same things reads the same.
 */
class GoldenReadings {
    imports;
    work;
    bySource = new Map();
    /** Readings made (not reused), for work counts. */
    made = 0;
    constructor(imports, work) {
        this.imports = imports;
        this.work = work;
    }
    /** The reading of a golden function value (see `readGolden`). */
    read(fn) {
        const options = fn.k === 'oneOf' ? fn.options : [fn];
        const key = sourceKey(options);
        let seen = this.bySource.get(key);
        if (!seen)
            this.bySource.set(key, (seen = []));
        const hit = seen.find((s) => stillFinds(s.closures, options));
        if (hit)
            return hit.reading;
        this.made++;
        const { reading, closures } = (0, reader_1.readGoldenRecorded)(fn, this.imports, this.work);
        seen.push({ closures, reading });
        return reading;
    }
}
exports.GoldenReadings = GoldenReadings;
/**
 * Which source each option is (file, byte range: within one analysis, its
 * content) and which options share a closure.
 */
function sourceKey(options) {
    const closures = [];
    return options
        .map((o) => {
        if (o.k !== 'func' && o.k !== 'lambda')
            return '-';
        const node = o.k === 'func' ? o.def : o.node;
        const shared = o.closure ? closures.indexOf(o.closure) : -1;
        if (o.closure && shared < 0)
            closures.push(o.closure);
        return `${o.k}:${o.mod.path}:${node.startIndex}:${node.endIndex}:${o.k === 'func' && o.self ? 'self' : ''}:${shared < 0 ? 'own' : shared}`;
    })
        .join('|');
}
/** Whether every closure lookup a reading made finds the same in these options' closures. */
function stillFinds(closures, options) {
    return closures.reads.every(({ option, name, found }) => {
        const o = options[option];
        const scope = o.k === 'func' || o.k === 'lambda' ? o.closure : undefined;
        return (0, bindings_1.closureValue)(scope?.lookup(name)) === found;
    });
}
//# sourceMappingURL=memo.js.map