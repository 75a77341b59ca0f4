import type { Direction } from '../../model';
import type { Analysis, Rule } from '../types';
import { AbiCheck } from './context';
/**
 * The checks of the family, in the order pypto-lib's runtime ABI check runs
 * them (names first, then order, then each param's kind, shape and dtype;
 * the direction last). Adding one: a module under `checks/` and a line here.
 */
export declare const ABI_CHECKS: readonly AbiCheck[];
/**
 * `abi-agreement`: the runtime ABI check, statically, before any compile.
 * Each harness call's final spec list is checked against the entry it links
 * (name set, order, kind, shape, dtype, direction), as the tree's runner
 * binds it; each finding says what that runner does with it (read from its
 * source) and is pending only where the runner rejects it. What cannot be
 * decided is not said.
 */
export declare const abiAgreementRule: Rule;
/** Params the direction rule raises in this run (the fixes it applies), with their new direction. */
export declare function fixedDirections(a: Analysis): Map<string, Direction>;
