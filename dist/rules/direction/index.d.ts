import type { Finding } from '../../decide/findings';
import type { Direction } from '../../model';
import type { Analysis, Rule } from '../types';
/** The direction decisions of an analysis, computed once and shared by rules. */
export declare function decisions(a: Analysis): Finding[];
/**
 * The fix kind of a direction fix: `declared` when a spec (or compare_fn)
 * marks the param an output or it already is one (the compared set stays as
 * declared; an Out raised to InOut only uploads the initial contents the
 * golden starts from); `golden-only` when only the golden function writes an
 * In param (a state buffer the test may leave uncompared on purpose).
 */
export declare function directionFixKind(f: Extract<Finding, {
    kind: 'fix';
}>): 'declared' | 'golden-only';
/**
 * Params whose direction this run's fix writes, with the new direction:
 * safe fixes, and unsafe ones too with --unsafe-fixes. Rules that reason
 * about the source as `fix` leaves it read this.
 */
export declare function appliedDirections(a: Analysis): Map<string, Direction>;
/**
 * `direction`: every entry param gets the direction its linked golden
 * evidence requires (the original rule of the tool, in `decide/`).
 */
export declare const directionRule: Rule;
