import type { ModuleContext } from './module-context';
import type { Value } from './values';
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
export declare class Scope {
    readonly mod: ModuleContext;
    readonly kind: 'module' | 'function' | 'class';
    readonly parent?: Scope | undefined;
    /** The bindings (a class body's are its class's attributes). */
    readonly vars: Map<string, Value>;
    private journal;
    constructor(mod: ModuleContext, kind: 'module' | 'function' | 'class', parent?: Scope | undefined, 
    /** The bindings (a class body's are its class's attributes). */
    vars?: Map<string, Value>);
    /** Finds a name here or in an enclosing (non-class) scope. */
    lookup(name: string): Value | undefined;
    set(name: string, value: Value): void;
    /** Opens the journal if needed and returns the point to undo to; pair with {@link Scope.release}. */
    mark(): {
        at: number;
        opened: boolean;
    };
    /**
     * The names written since `mark`, each with its value now, in the order
     * they were first written.
     */
    writtenSince(mark: {
        at: number;
    }): Map<string, Value>;
    /** Undoes every write since `mark` (the journal stays open). */
    undo(mark: {
        at: number;
    }): void;
    /** Closes the journal if `mark` opened it; writes made since stay. */
    release(mark: {
        opened: boolean;
    }): void;
}
