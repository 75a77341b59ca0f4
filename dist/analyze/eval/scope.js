"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Scope = void 0;
/**
 * A Python scope. Class scopes are skipped when functions nested in them
 * look names up, as in Python.
 */
class Scope {
    mod;
    kind;
    parent;
    vars = new Map();
    constructor(mod, kind, parent) {
        this.mod = mod;
        this.kind = kind;
        this.parent = parent;
    }
    /** Finds a name here or in an enclosing (non-class) scope. */
    lookup(name) {
        const own = this.vars.get(name);
        if (own !== undefined)
            return own;
        for (let s = this.parent; s; s = s.parent) {
            if (s.kind === 'class')
                continue;
            const v = s.vars.get(name);
            if (v !== undefined)
                return v;
        }
        return undefined;
    }
    set(name, value) {
        this.vars.set(name, value);
    }
}
exports.Scope = Scope;
//# sourceMappingURL=scope.js.map