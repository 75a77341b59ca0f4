import type { Interp } from './interpreter';
import { Site, SpecRecord, Value } from './values';
/** An unknown value for something past a size bound, naming how large and where. */
export declare function tooLarge(what: string, at?: Site): Value;
/**
 * Appends items one by one (a spread of a large list would exhaust the
 * stack); the items are those present when called (`s.extend(s)`).
 */
export declare function appendAll<T>(target: T[], items: readonly T[]): void;
/** True for values that already explain why they are unknown. */
export declare function isUnknownLike(v: Value): boolean;
/**
 * The items an iteration yields, and whether that list is exact. Items
 * made for it (a dict's keys, a string's characters) are charged to
 * `interp`; a string longer than {@link MAX_ITEMS} is not iterated.
 */
export declare function iterate(v: Value, interp?: Interp): {
    values: Value[];
    exact: boolean;
} | undefined;
/** `spec.field = value` after construction (e.g. `spec.init_value = make_init(spec)`). */
export declare function setSpecField(interp: Interp, spec: SpecRecord, field: string, value: Value): void;
/**
 * `list.extend`: appends what can be iterated, else marks the list inexact;
 * past {@link MAX_ITEMS} the list stops growing and is marked inexact.
 */
export declare function extendInPlace(interp: Interp, list: Value & {
    k: 'seq';
}, items: Value): void;
/** `d[k] = v` on an evaluated dict (a new key past {@link MAX_ITEMS} marks it inexact instead). */
export declare function setItem(interp: Interp, dict: Value & {
    k: 'dict';
}, key: Value, value: Value): void;
/**
 * Binary arithmetic on evaluated values; unknown where not modelled, or past
 * a size bound (then the reason names `at`). What it builds is charged to `interp`.
 */
export declare function binaryOp(interp: Interp, op: string, a: Value, b: Value, at?: Site): Value;
