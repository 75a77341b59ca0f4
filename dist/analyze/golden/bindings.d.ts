import type { Scope } from '../eval/scope';
import type { Value } from '../eval/values';
/** Bindings that can print what a name is bound to. */
interface Shown {
    shown(name: string): string;
}
/**
 * What a reading of a loop body saw of the names bound outside it: a
 * second reading of the body gives the same events if every binding it
 * read before writing it still holds what the first reading saw there.
 */
export declare class Watch {
    /** Per bindings map and name: what the first access saw, or null when it was a write. */
    private readonly first;
    /** An access to `name` in `b` (before it happens). */
    note(b: Shown, name: string, write: boolean): void;
    /** Whether a second reading of the body would see what the first one saw. */
    unchanged(): boolean;
}
/**
 * Names bound while reading a golden function (aliases, dicts, strings, ...):
 * a map that tells the loop bodies being read (`watches`) which names they
 * read before writing and what they saw, as `show` prints it (contents, not
 * identity: dicts are changed in place).
 */
export declare class Bindings<V> implements Shown {
    private readonly watches;
    private readonly show;
    private readonly map;
    constructor(watches: Watch[], show: (v: V) => string);
    private touch;
    /** How the current binding of `name` prints ('' when unbound). */
    shown(name: string): string;
    get(name: string): V | undefined;
    has(name: string): boolean;
    set(name: string, v: V): void;
    delete(name: string): void;
}
/** Lookups a reading made in the closures of its options (by option index), with what they found. */
export interface ClosureReads {
    scopes: Array<Scope | undefined>;
    reads: Array<{
        option: number;
        name: string;
        found: string;
    }>;
}
/** A number naming an object for as long as it lives. */
export declare function identity(o: object | undefined): number;
/** What the reader can tell of a value found in a closure: a string, strings, a function, or nothing it uses. */
export declare function closureValue(v: Value | undefined): string;
export {};
