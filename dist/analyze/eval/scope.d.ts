import type { ModuleContext } from './module-context';
import type { Value } from './values';
/**
 * A Python scope. Class scopes are skipped when functions nested in them
 * look names up, as in Python.
 */
export declare class Scope {
    readonly mod: ModuleContext;
    readonly kind: 'module' | 'function' | 'class';
    readonly parent?: Scope | undefined;
    readonly vars: Map<string, Value>;
    constructor(mod: ModuleContext, kind: 'module' | 'function' | 'class', parent?: Scope | undefined);
    /** Finds a name here or in an enclosing (non-class) scope. */
    lookup(name: string): Value | undefined;
    set(name: string, value: Value): void;
}
