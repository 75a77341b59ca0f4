import type { Finding } from '../../decide/findings';
import type { Analysis, Rule } from '../types';
/** The direction decisions of an analysis, computed once and shared by rules. */
export declare function decisions(a: Analysis): Finding[];
/**
 * `direction`: every entry param gets the direction its linked golden
 * evidence requires (the original rule of the tool, in `decide/`).
 */
export declare const directionRule: Rule;
