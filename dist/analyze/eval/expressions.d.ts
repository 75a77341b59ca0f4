import type { Node } from '../../parse/syntax-tree';
import type { Interp } from './interpreter';
import { Scope } from './scope';
import { EvaluatedArgs } from './specs';
import { Value } from './values';
/** Evaluates an expression node to an abstract value. */
export declare function evalExpr(interp: Interp, node: Node, scope: Scope): Value;
/** `obj[key]` on evaluated values (entries searched are charged to `interp`). */
export declare function getItem(obj: Value, key: Value, interp?: Interp): Value;
/** `obj.attr` on an evaluated value. */
export declare function getAttr(interp: Interp, obj: Value, attr: string): Value;
/** Evaluates a call's arguments. */
export declare function evalArgs(interp: Interp, call: Node, scope: Scope): EvaluatedArgs;
/** Calls an evaluated callee. Spec classes build spec records. */
export declare function callValue(interp: Interp, callee: Value, args: EvaluatedArgs, call: Node, scope: Scope): Value;
