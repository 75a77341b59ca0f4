import type { Interp } from './interpreter';
import type { EvaluatedArgs } from './specs';
import { Value } from './values';
type Builtin = Value & {
    k: 'builtin';
};
/** The builtin bound to a free name, if Python has one. */
export declare function lookupBuiltin(name: string): Value | undefined;
/** A bound method of a list, dict, str or set, if modelled. */
export declare function methodOf(obj: Value, attr: string): Value | undefined;
/** Calls a modelled builtin function or method. */
export declare function callBuiltin(interp: Interp, fn: Builtin, args: EvaluatedArgs): Value;
export {};
