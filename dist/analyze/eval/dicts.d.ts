import type { Interp } from './interpreter';
import { Value } from './values';
type Dict = Value & {
    k: 'dict';
};
/**
 * The position of the first entry whose key surely equals `key`, or -1: what
 * a search entry by entry finds, in constant time for literal keys of a
 * large dict. Entries searched are charged to `interp`.
 */
export declare function findEntry(dict: Dict, key: Value, interp?: Interp): number;
/**
 * Sets `dict[key] = value` as a dict display or comprehension does (no
 * uncertainty); false, with the dict marked inexact, when a new key would
 * take it past {@link MAX_ITEMS}.
 */
export declare function putEntry(dict: Dict, key: Value, value: Value, interp?: Interp): boolean;
/** Marks a collection that stopped growing at a size bound: what it holds is only part of it. */
export declare function markTooLarge(v: Value & {
    k: 'seq' | 'set' | 'dict';
}): void;
export {};
