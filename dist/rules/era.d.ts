import type { EraOfCall } from '../analyze/eval/era';
import type { SpecRecord } from '../analyze/eval/values';
import type { Invocation } from '../analyze/link';
import type { Finding } from '../decide/findings';
import type { Analysis, EraSetting } from './types';
/** The era a spec call is treated in: the configured one, or the one detected at the call. */
export declare function specEra(spec: SpecRecord, setting: EraSetting): EraOfCall;
/**
 * The era of a harness call: signature when any TensorSpec built for it is
 * signature era (they come from one golden package), else spec era when any
 * is, else unknown when a golden package could not be resolved for them.
 */
export declare function invocationEra(inv: Invocation, setting: EraSetting): EraOfCall;
/** One `era` finding per harness call, for explain and JSON. */
export declare function eraFindings(a: Analysis): Finding[];
