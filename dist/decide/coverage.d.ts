import type { SpecRecord, Value } from '../analyze/eval/values';
import type { ParamState } from './decide';
import type { EvidenceItem } from './findings';
/** Which names the list a harness receives gives a spec for, and whether that list is fully decided. */
export interface SpecCoverage {
    names: Set<string>;
    /** True when every item of the list (on every branch) is a spec with a literal name. */
    complete: boolean;
    /** Why the list is not fully decided. */
    why?: string;
}
/**
 * Reads the final specs argument of a harness: the names it holds a spec for
 * (a union over branches) and whether anything in it is undecided, so that a
 * param without a spec is reported instead of passing as `In`.
 */
export declare function specCoverage(specs: Value): SpecCoverage;
/** Remembers one more harness linking a param. */
export declare function noteHarness(state: ParamState, harness: EvidenceItem): void;
/** A param's deciding evidence, then every other harness that links it. */
export declare function withHarnesses(s: ParamState, evidence: EvidenceItem[]): EvidenceItem[];
/** Reports a linked tensor param its harness gives no spec (or an undecided list that may hold one). */
export declare function noSpec(state: ParamState, coverage: SpecCoverage, harness: EvidenceItem, built: Map<SpecRecord, boolean>): void;
