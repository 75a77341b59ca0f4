import type { Direction } from '../../model';
import type { Analysis, Rule } from '../types';
/**
 * `abi-agreement`: the golden harness's #1019 check, statically. In the
 * spec era the harness derives a direction from each spec it receives (not
 * is_output: In; is_output without init_value: Out; with: InOut) and
 * rejects a compiled entry whose param says otherwise, either way.
 */
export declare const abiAgreementRule: Rule;
/** Params the direction rule raises in this run (the fixes it applies), with their new direction. */
export declare function fixedDirections(a: Analysis): Map<string, Direction>;
