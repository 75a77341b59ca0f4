/**
 * Bounds on what the evaluator builds. Steps alone do not bound memory: one
 * step can double a list (`s = s + s`). Past a bound a value becomes unknown
 * (or a list stops growing and is marked inexact), with a reason that starts
 * with {@link TOO_LARGE}; real builders stay far below them (the largest
 * list in pypto-lib holds about a hundred items).
 */

/** Most items of one list, tuple, set or dict. */
export const MAX_ITEMS = 100_000;
/** Most characters of one string. */
export const MAX_STRING = 1_000_000;
/** Most distinct options of one union of candidate values. */
export const MAX_OPTIONS = 64;
/**
 * Most cells (items copied or scanned, eight characters of a string) one
 * harness run builds; a module's top level gets ten times as many, as it
 * does steps.
 */
export const MAX_CELLS = 20_000_000;

/** The reason every size bound starts with. */
export const TOO_LARGE = 'value too large';

/**
 * A value made unknown by a size bound: what is computed from it (its
 * length, a comparison) is unknown for that same reason, which is the one
 * worth reporting, not "comparison ... is undecidable".
 */
export function isTooLarge(v: { k: string; why?: string } | undefined): boolean {
  return v?.k === 'unknown' && !!v.why?.startsWith(TOO_LARGE);
}
