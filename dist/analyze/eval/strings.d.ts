import type { Node } from '../../parse/syntax-tree';
/**
 * The literal text of a string node, or undefined when it is an f-string
 * with interpolations or a bytes literal. Interpolations are left to the
 * caller through `parts`.
 */
export declare function stringParts(node: Node): Array<string | Node> | undefined;
