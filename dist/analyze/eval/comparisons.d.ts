/** Python comparison operators on evaluated values. */
import type { Node } from '../../parse/syntax-tree';
import type { Interp } from './interpreter';
import type { Scope } from './scope';
import { Value } from './values';
/** `a < b == c`, `x in xs`, `y is not None`: true, false, or unknown where undecidable. */
export declare function evalComparison(interp: Interp, node: Node, scope: Scope): Value;
