/**
 * Checks of the shape of plain data read back from disk (cache entries):
 * small predicates that compose, so each kind of stored data states its
 * shape once and anything else is refused before it is used.
 */
/** A predicate over data of unknown shape that narrows it to `T`. */
export type Shape<T> = (v: unknown) => v is T;
/** What a shape accepts. */
export type ShapeOf<S> = S extends Shape<infer T> ? T : never;
export declare const isString: Shape<string>;
export declare const isBoolean: Shape<boolean>;
/** A finite number. */
export declare const isNumber: Shape<number>;
/** A whole number >= 0 (an offset, a count, an index). */
export declare const isIndex: Shape<number>;
/** One of the given values. */
export declare function literal<T extends string | number | boolean>(...values: T[]): Shape<T>;
/** A plain object (not null, not an array). */
export declare function isRecord(v: unknown): v is Record<string, unknown>;
/** An array whose every item has the shape. */
export declare function arrayOf<T>(item: Shape<T>): Shape<T[]>;
/** An object used as a map: every value has the shape. */
export declare function recordOf<T>(value: Shape<T>): Shape<Record<string, T>>;
/** Absent (undefined) or of the shape. */
export declare function optional<T>(shape: Shape<T>): Shape<T | undefined>;
/**
 * An object with at least these fields of these shapes (other fields are
 * allowed: a newer writer may add some). Use `optional` for fields that may
 * be missing.
 */
export declare function object<F extends Record<string, Shape<unknown>>>(fields: F): Shape<{
    [K in keyof F]: ShapeOf<F[K]>;
}>;
