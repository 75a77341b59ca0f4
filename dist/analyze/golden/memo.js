"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GoldenReadings = exports.KeptReadings = exports.MAX_KEPT_READINGS = void 0;
const bindings_1 = require("./bindings");
const reader_1 = require("./reader");
const trace_1 = require("./trace");
/** How many golden readings a session keeps (the least recently used go first). */
exports.MAX_KEPT_READINGS = 512;
/**
 * Golden readings kept across the analyses of a session (a language
 * server's workspace), by the definition nodes they read (a kept parse is
 * the same object while its file's bytes are the same): after an edit,
 * a golden function whose trace still holds (see {@link traceHolds}) is
 * not read again. Nothing of another run is trusted beyond what the trace
 * re-checks: every value the reading took is looked up again in this run.
 */
class KeptReadings {
    byKey = new Map();
    count = 0;
    /** A kept reading of these options whose trace holds in this run, with the lookups it made in their closures. */
    find(options, imports) {
        const key = keptKey(options);
        const kept = this.byKey.get(key);
        if (!kept)
            return undefined;
        for (const k of kept) {
            const closures = (0, trace_1.traceHolds)(k.trace, options, imports);
            if (!closures)
                continue;
            this.byKey.delete(key); // most recently used last
            this.byKey.set(key, kept);
            return { reading: k.reading, closures };
        }
        return undefined;
    }
    /** Keeps a reading made in this run, dropping the least recently used beyond {@link MAX_KEPT_READINGS}. */
    keep(options, trace, reading) {
        const key = keptKey(options);
        const kept = this.byKey.get(key) ?? [];
        this.byKey.delete(key);
        this.byKey.set(key, kept);
        kept.push({ trace, reading });
        this.count++;
        for (const [k, old] of this.byKey) {
            if (this.count <= exports.MAX_KEPT_READINGS)
                break;
            this.byKey.delete(k);
            this.count -= old.length;
        }
    }
    /** Drops the readings of trees no longer kept (their definition nodes cannot be met again; they only hold memory). */
    keepOnly(alive) {
        for (const [key, kept] of this.byKey) {
            const live = kept.filter((k) => [...k.trace.trees].every((t) => alive.has(t)));
            this.count -= kept.length - live.length;
            if (live.length)
                this.byKey.set(key, live);
            else
                this.byKey.delete(key);
        }
    }
    /** How many readings are kept. */
    get size() {
        return this.count;
    }
}
exports.KeptReadings = KeptReadings;
/** The definition nodes (objects of a kept parse) of golden options, and which of them share a closure. */
function keptKey(options) {
    const closures = [];
    return options
        .map((o) => {
        if (o.k !== 'func' && o.k !== 'lambda')
            return '-';
        const shared = o.closure ? closures.indexOf(o.closure) : -1;
        if (o.closure && shared < 0)
            closures.push(o.closure);
        return `${o.k}:${o.mod.path}:${(0, bindings_1.identity)(o.k === 'func' ? o.def : o.node)}:${o.k === 'func' && o.self ? 'self' : ''}:${shared < 0 ? 'own' : shared}`;
    })
        .join('|');
}
/**
 * The golden readings of one analysis (one set of syntax trees and one
 * import resolver), reused by source: each path of a harness region makes
 * function values of its own (a lambda, a closure), but the same function
 * source whose closure lookups find the same things reads the same.
 */
class GoldenReadings {
    imports;
    work;
    kept;
    bySource = new Map();
    /** Readings made (not reused), for work counts. */
    made = 0;
    constructor(imports, work, 
    /** Readings kept across the analyses of a session, if any. */
    kept) {
        this.imports = imports;
        this.work = work;
        this.kept = kept;
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
        const earlier = this.kept?.find(options, this.imports);
        if (earlier) {
            seen.push(earlier);
            return earlier.reading;
        }
        this.made++;
        const { reading, closures, trace } = (0, reader_1.readGoldenRecorded)(fn, this.imports, this.work);
        seen.push({ closures, reading });
        this.kept?.keep(options, trace, reading);
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