"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TraceRecorder = void 0;
exports.traceHolds = traceHolds;
const bindings_1 = require("./bindings");
/**
 * Describes values as the reader uses them: a string, a list of strings, a
 * function (its definition node, module and closure), or nothing it uses.
 * A function or closure met again is named by when it was first met, so a
 * description also says which values are the same object (the reader
 * compares functions by identity).
 */
class Describer {
    met = new Map();
    label(o) {
        const at = this.met.get(o);
        if (at !== undefined)
            return `=${at}`;
        this.met.set(o, this.met.size);
        return undefined;
    }
    value(v) {
        if (v?.k !== 'func')
            return (0, bindings_1.closureValue)(v);
        const again = this.label(v);
        if (again)
            return again;
        const closure = v.closure ? (this.label(v.closure) ?? `c${this.met.size - 1}`) : 'none';
        return `f${(0, bindings_1.identity)(v.def)}:${v.mod.path}:${closure}`;
    }
    /** The functions an import statement bound, by name. */
    bound(m) {
        const out = [];
        for (const [name, v] of m)
            if (v.k === 'func')
                out.push(`${name}=${this.value(v)}`);
        return out.join(',');
    }
}
/** Records a reading's {@link ReadTrace} as the reader goes. */
class TraceRecorder {
    trace = { events: [], trees: new Set() };
    describer = new Describer();
    /** How each function value met was first reached (its closure is reached the same way in another run). */
    routes = new Map();
    /** Records a lookup of `name` in the scope reached by `scope` that found `v`. */
    lookup(scope, name, v) {
        const at = this.trace.events.length;
        this.trace.events.push({ kind: 'lookup', ...(scope ? { scope } : {}), name, found: this.describer.value(v) });
        if (v?.k === 'func' && !this.routes.has(v))
            this.routes.set(v, { read: at });
    }
    /** Records an import statement of `path` resolved to `bound`. */
    imported(path, stmt, bound) {
        const at = this.trace.events.length;
        this.trace.events.push({ kind: 'import', path, stmt, found: this.describer.bound(bound) });
        for (const [name, v] of bound)
            if (v.k === 'func' && !this.routes.has(v))
                this.routes.set(v, { imported: at, name });
    }
    /** How a function value the reading met was reached. */
    routeOf(v) {
        return this.routes.get(v);
    }
}
exports.TraceRecorder = TraceRecorder;
/**
 * Whether a trace holds for these golden options in this run: each lookup,
 * made again in the scope reached the same way, finds what it found, and
 * each import statement binds the same functions. Returns the lookups in
 * the options' own closures as a fresh reading records them (for the
 * analysis's memo), or undefined when the trace does not hold.
 */
function traceHolds(trace, options, imports) {
    const scopes = options.map((o) => (o.k === 'func' || o.k === 'lambda' ? o.closure : undefined));
    const closures = { scopes, reads: [] };
    const describer = new Describer();
    const found = [];
    const bound = [];
    const scopeOf = (ref) => {
        if ('option' in ref)
            return scopes[ref.option];
        const v = 'read' in ref ? found[ref.read] : bound[ref.imported]?.get(ref.name);
        return v?.k === 'func' ? v.closure : undefined;
    };
    for (const e of trace.events) {
        if (e.kind === 'lookup') {
            const scope = e.scope && scopeOf(e.scope);
            const v = scope?.lookup(e.name);
            if (describer.value(v) !== e.found)
                return undefined;
            found.push(v);
            bound.push(undefined);
            const option = scope ? scopes.indexOf(scope) : -1;
            if (option >= 0)
                closures.reads.push({ option, name: e.name, found: (0, bindings_1.closureValue)(v) });
        }
        else {
            const m = imports?.(e.path, e.stmt) ?? new Map();
            if (describer.bound(m) !== e.found)
                return undefined;
            found.push(undefined);
            bound.push(m);
        }
    }
    return closures;
}
//# sourceMappingURL=trace.js.map