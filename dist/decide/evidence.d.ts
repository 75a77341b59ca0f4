import type { Node } from '../parse/syntax-tree';
import type { SpecRecord } from '../analyze/eval/values';
import type { Direction } from '../model';
import type { EvidenceItem } from './findings';
export { reachableSpecs } from '../analyze/eval/reach';
/** What one spec says about its param. */
export type SpecVerdict = {
    kind: 'direction';
    direction: Direction;
} | {
    kind: 'undecidable';
    detail: string;
    could: Direction;
};
/** Applies the rule to one spec: is_output + init_value -> InOut, is_output alone -> Out. */
export declare function specVerdict(spec: SpecRecord): SpecVerdict;
/**
 * An evidence item pointing at a syntax node, with a one-line digest of it;
 * arguments mentioning `mention` (the host param a host call passes on) stay.
 */
export declare function evidenceAt(role: EvidenceItem['role'], path: string, node: Node, says?: string, mention?: string): EvidenceItem;
/** Evidence item for a spec, with what it says. */
export declare function specEvidence(spec: SpecRecord): EvidenceItem;
