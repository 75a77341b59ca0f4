"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Cloner = void 0;
exports.reachableFrom = reachableFrom;
const scope_1 = require("./scope");
/**
 * Copies evaluated values as a fresh evaluation would have built them: lists,
 * dicts, sets, specs, instances, unions and the scopes closures hold get new
 * objects (shared structure stays shared, cycles stay cycles). Kept as they
 * are: literals, unknown, opaque and external values (path facts know them by
 * identity), modules, module scopes, and every object `keep` names (objects
 * reachable from module globals: one object for every path, as when the
 * region is run again). Copies of values a call returned carry its
 * provenance.
 */
class Cloner {
    keep;
    provenance;
    values = new Map();
    specs = new Map();
    scopes = new Map();
    maps = new Map();
    /** Provenance maps copied: a call's result and its items share one, and so do their copies. */
    made = new Map();
    constructor(keep, provenance) {
        this.keep = keep;
        this.provenance = provenance;
    }
    /** Makes `from` be copied as `to` (a scope that already exists in the run being resumed). */
    mapScope(from, to) {
        this.scopes.set(from, to);
        this.maps.set(from.vars, to.vars);
    }
    value(v) {
        switch (v.k) {
            case 'none':
            case 'bool':
            case 'num':
            case 'str':
            case 'unknown':
            case 'opaque':
            case 'extern':
            case 'module':
                return v;
            default:
                break;
        }
        if (this.keep.has(v))
            return v;
        const hit = this.values.get(v);
        if (hit)
            return hit;
        const out = this.copy(v);
        const made = this.provenance.get(v);
        if (made && out !== v) {
            let copied = this.made.get(made);
            if (!copied)
                this.made.set(made, (copied = this.evidence(made)));
            this.provenance.set(out, copied);
        }
        return out;
    }
    /** A copy of a spec record (its fields copied, its site and era shared). */
    spec(s) {
        if (this.keep.has(s))
            return s;
        let out = this.specs.get(s);
        if (out)
            return out;
        out = { ...s };
        this.specs.set(s, out);
        out.name = this.value(s.name);
        out.isOutput = this.value(s.isOutput);
        if (s.initValue)
            out.initValue = this.value(s.initValue);
        out.shape = this.value(s.shape);
        out.dtype = this.value(s.dtype);
        if (s.replaced)
            out.replaced = this.spec(s.replaced);
        return out;
    }
    /** Specs with whether each was built on a path that surely runs, the specs copied. */
    evidence(m) {
        return new Map([...m].map(([s, c]) => [this.spec(s), c]));
    }
    scope(s) {
        if (s.kind === 'module')
            return s;
        let out = this.scopes.get(s);
        if (out)
            return out;
        out = new scope_1.Scope(s.mod, s.kind, s.parent && this.scope(s.parent), this.bindings(s.vars));
        this.scopes.set(s, out);
        return out;
    }
    /** A copy of a scope's bindings (or a class's attributes: the same map). */
    bindings(m) {
        let out = this.maps.get(m);
        if (out)
            return out;
        out = new Map();
        this.maps.set(m, out);
        for (const [k, v] of m)
            out.set(k, this.value(v));
        return out;
    }
    copy(v) {
        switch (v.k) {
            case 'seq': {
                const out = { ...v, items: [] };
                this.values.set(v, out);
                for (const item of v.items)
                    out.items.push(this.value(item));
                return out;
            }
            case 'set': {
                const out = { ...v, items: [] };
                this.values.set(v, out);
                for (const item of v.items)
                    out.items.push(this.value(item));
                return out;
            }
            case 'dict': {
                const out = { ...v, entries: [] };
                this.values.set(v, out);
                for (const [k, x] of v.entries)
                    out.entries.push([this.value(k), this.value(x)]);
                return out;
            }
            case 'oneOf': {
                const out = { k: 'oneOf', options: [] };
                this.values.set(v, out);
                for (const o of v.options)
                    out.options.push(this.value(o));
                return out;
            }
            case 'spec': {
                const out = { k: 'spec', spec: this.spec(v.spec) };
                this.values.set(v, out);
                return out;
            }
            case 'instance': {
                const out = { k: 'instance', cls: v.cls, attrs: new Map() };
                this.values.set(v, out);
                out.cls = this.value(v.cls);
                for (const [k, x] of v.attrs)
                    out.attrs.set(k, this.value(x));
                return out;
            }
            case 'class': {
                const out = { ...v, bases: [] };
                this.values.set(v, out);
                out.attrs = this.bindings(v.attrs);
                for (const b of v.bases)
                    out.bases.push(this.value(b));
                return out;
            }
            case 'func':
            case 'lambda': {
                const closure = this.scope(v.closure);
                const self = v.k === 'func' && v.self ? this.value(v.self) : undefined;
                if (closure === v.closure && self === (v.k === 'func' ? v.self : undefined))
                    return v;
                const out = v.k === 'func' ? { ...v, closure, ...(self ? { self } : {}) } : { ...v, closure };
                this.values.set(v, out);
                return out;
            }
            case 'builtin': {
                if (!v.self)
                    return v;
                const out = { ...v, self: this.value(v.self) };
                this.values.set(v, out);
                return out;
            }
            default:
                return v;
        }
    }
}
exports.Cloner = Cloner;
/**
 * Every object reachable from the given module scopes (their values, spec
 * records and attribute maps): what a copy must keep as it is.
 */
function reachableFrom(scopes) {
    const seen = new Set();
    const stack = [];
    const visitMap = (m) => {
        if (seen.has(m))
            return;
        seen.add(m);
        for (const v of m.values())
            stack.push(v);
    };
    const visitSpec = (s) => {
        if (seen.has(s))
            return;
        seen.add(s);
        stack.push(s.name, s.isOutput, s.shape, s.dtype);
        if (s.initValue)
            stack.push(s.initValue);
        if (s.replaced)
            visitSpec(s.replaced);
    };
    for (const s of scopes)
        visitMap(s.vars);
    while (stack.length) {
        const v = stack.pop();
        if (seen.has(v))
            continue;
        seen.add(v);
        switch (v.k) {
            case 'seq':
            case 'set':
                for (const x of v.items)
                    stack.push(x);
                break;
            case 'dict':
                for (const [k, x] of v.entries)
                    stack.push(k, x);
                break;
            case 'oneOf':
                for (const x of v.options)
                    stack.push(x);
                break;
            case 'spec':
                visitSpec(v.spec);
                break;
            case 'instance':
                stack.push(v.cls);
                visitMap(v.attrs);
                break;
            case 'class':
                visitMap(v.attrs);
                for (const b of v.bases)
                    stack.push(b);
                break;
            case 'func':
                if (v.self)
                    stack.push(v.self);
                break;
            case 'builtin':
                if (v.self)
                    stack.push(v.self);
                break;
            default:
                break;
        }
    }
    return seen;
}
//# sourceMappingURL=clone.js.map