"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Scope = void 0;
/**
 * A Python scope. Class scopes are skipped when functions nested in them
 * look names up, as in Python.
 *
 * While a journal is open ({@link Scope.mark}), every write is logged so it
 * can be undone ({@link Scope.undo}): alternative branches and the paths of a
 * harness region start again from the same bindings at the cost of what they
 * wrote, not of everything the scope holds (a module scope may hold
 * thousands of names).
 */
class Scope {
    mod;
    kind;
    parent;
    vars;
    journal;
    constructor(mod, kind, parent, 
    /** The bindings (a class body's are its class's attributes). */
    vars = new Map()) {
        this.mod = mod;
        this.kind = kind;
        this.parent = parent;
        this.vars = vars;
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
        this.journal?.push([name, this.vars.get(name)]);
        this.vars.set(name, value);
    }
    /** Opens the journal if needed and returns the point to undo to; pair with {@link Scope.release}. */
    mark() {
        const opened = !this.journal;
        if (opened)
            this.journal = [];
        return { at: this.journal.length, opened };
    }
    /**
     * The names written since `mark`, each with its value now, in the order
     * they were first written.
     */
    writtenSince(mark) {
        const out = new Map();
        const log = this.journal;
        for (let i = mark.at; i < log.length; i++) {
            const name = log[i][0];
            if (!out.has(name))
                out.set(name, this.vars.get(name));
        }
        return out;
    }
    /** Undoes every write since `mark` (the journal stays open). */
    undo(mark) {
        const log = this.journal;
        for (let i = log.length - 1; i >= mark.at; i--) {
            const [name, before] = log[i];
            if (before === undefined)
                this.vars.delete(name);
            else
                this.vars.set(name, before);
        }
        log.length = mark.at;
    }
    /** Closes the journal if `mark` opened it; writes made since stay. */
    release(mark) {
        if (mark.opened)
            this.journal = undefined;
    }
}
exports.Scope = Scope;
//# sourceMappingURL=scope.js.map