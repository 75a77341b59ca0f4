import type { Node } from '../parse/syntax-tree';
/** Positional and keyword arguments of a call, as syntax nodes. */
export interface CallArgs {
    positional: Node[];
    keywords: Map<string, Node>;
    /** True when the call has `*x` or `**x`: argument binding is then unknown. */
    hasSplat: boolean;
}
/** Splits a call's argument list into positional and keyword arguments. */
export declare function callArgs(call: Node): CallArgs;
/** `a.b.c` for a chain of identifiers/attributes, else undefined. */
export declare function dottedName(node: Node | null | undefined): string | undefined;
/** Strips parentheses around an expression. */
export declare function unparen(node: Node): Node;
/**
 * Named children that are not comments. Remembered per node (by its index in
 * its tree): the evaluator walks the same bodies many times. Trees are never
 * edited once parsed.
 */
export declare function codeChildren(node: Node): Node[];
/** The function or class definition a decorated definition wraps. */
export declare function definitionOf(node: Node): Node;
/** Decorator expressions of a definition (empty when undecorated). */
export declare function decoratorsOf(def: Node): Node[];
/** The innermost enclosing function definition of a node, if any. */
export declare function enclosingFunction(node: Node): Node | undefined;
