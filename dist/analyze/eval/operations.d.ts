/** Operations on evaluated values: iteration, mutation and arithmetic. */
import type { Interp } from './interpreter';
import { SpecRecord, Value } from './values';
/** True for values that already explain why they are unknown. */
export declare function isUnknownLike(v: Value): boolean;
/** The items an iteration yields, and whether that list is exact. */
export declare function iterate(v: Value): {
    values: Value[];
    exact: boolean;
} | undefined;
/** `spec.field = value` after construction (e.g. `spec.init_value = make_init(spec)`). */
export declare function setSpecField(interp: Interp, spec: SpecRecord, field: string, value: Value): void;
/** `list.extend`: appends what can be iterated, else marks the list inexact. */
export declare function extendInPlace(interp: Interp, list: Value & {
    k: 'seq';
}, items: Value): void;
/** `d[k] = v` on an evaluated dict. */
export declare function setItem(interp: Interp, dict: Value & {
    k: 'dict';
}, key: Value, value: Value): void;
/** Binary arithmetic on evaluated values; unknown where not modelled. */
export declare function binaryOp(op: string, a: Value, b: Value): Value;
