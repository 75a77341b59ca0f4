/**
 * Checks of the shape of plain data read back from disk (cache entries):
 * small predicates that compose, so each kind of stored data states its
 * shape once and anything else is refused before it is used.
 */

/** A predicate over data of unknown shape that narrows it to `T`. */
export type Shape<T> = (v: unknown) => v is T;

/** What a shape accepts. */
export type ShapeOf<S> = S extends Shape<infer T> ? T : never;

export const isString: Shape<string> = (v): v is string => typeof v === 'string';
export const isBoolean: Shape<boolean> = (v): v is boolean => typeof v === 'boolean';
/** A finite number. */
export const isNumber: Shape<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
/** A whole number >= 0 (an offset, a count, an index). */
export const isIndex: Shape<number> = (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** One of the given values. */
export function literal<T extends string | number | boolean>(...values: T[]): Shape<T> {
  const set = new Set<unknown>(values);
  return (v): v is T => set.has(v);
}

/** A plain object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An array whose every item has the shape. */
export function arrayOf<T>(item: Shape<T>): Shape<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every((x) => item(x));
}

/** An object used as a map: every value has the shape. */
export function recordOf<T>(value: Shape<T>): Shape<Record<string, T>> {
  return (v): v is Record<string, T> => isRecord(v) && Object.values(v).every((x) => value(x));
}

/** Absent (undefined) or of the shape. */
export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (v): v is T | undefined => v === undefined || shape(v);
}

/**
 * An object with at least these fields of these shapes (other fields are
 * allowed: a newer writer may add some). Use `optional` for fields that may
 * be missing.
 */
export function object<F extends Record<string, Shape<unknown>>>(fields: F): Shape<{ [K in keyof F]: ShapeOf<F[K]> }> {
  const entries = Object.entries(fields);
  return (v): v is { [K in keyof F]: ShapeOf<F[K]> } => isRecord(v) && entries.every(([k, shape]) => shape(v[k]));
}
