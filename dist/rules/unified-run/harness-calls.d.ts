import type { Node } from '../../parse/syntax-tree';
/** A name a module binds to something of the golden package. */
export interface GoldenBinding {
    /** The import statement. */
    stmt: Node;
    /** The name item (`run_jit` or `run_jit as rj`). */
    item: Node;
    /** What it imports (`run_jit`, `run`, ...). */
    imported: string;
    /** The name it binds in the module. */
    local: string;
}
/** Whether an import names the golden harness package (`golden`, `golden.runner`). */
export declare function isGoldenModule(dotted: string | undefined): boolean;
/** The module's imports from the golden package, and the names it binds to the package itself. */
export declare function goldenImports(root: Node, statements: readonly Node[]): {
    names: GoldenBinding[];
    modules: Set<string>;
};
/** How a call reaches the golden harness: `run_jit(...)`, an alias of it, `golden.run_jit(...)`, or the same for `run`. */
export interface HarnessCall {
    call: Node;
    target: 'run_jit' | 'run';
    /** The identifier naming `run_jit` that becomes `run` (undefined for an alias, which stays). */
    rename?: Node;
    /** The import that binds the callee's name, if it is a bare name. */
    binding?: GoldenBinding;
}
/** Every call of the golden package's `run_jit` or `run` in a module, found by its text first. */
export declare function harnessCalls(root: Node, text: string, golden: {
    names: GoldenBinding[];
    modules: Set<string>;
}): HarnessCall[];
/**
 * Where the module binds the name `run` to something other than the golden
 * package's `run`: a def, a class, an assignment, a loop or with target, a
 * parameter, or an import from elsewhere. Undefined when it does not.
 */
export declare function otherRunBinding(root: Node, text: string, statements: readonly Node[]): string | undefined;
