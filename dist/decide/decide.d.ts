import type { Node } from 'web-tree-sitter';
import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import { SpecRecord, Value } from '../analyze/eval/values';
import type { Invocation, LinkProblem } from '../analyze/link';
import { Direction } from '../model';
import type { EvidenceItem, Finding, UnresolvedReason } from './findings';
import type { HostCall, UnknownCallee } from './host-calls';
/** Which specs count as evidence for a harness call. */
export type EvidenceMode = 'all' | 'final';
/** What the analysis wants for one param, and why. */
export interface ParamState {
    fn: PyptoFunction;
    param: ParamInfo;
    wanted: Direction;
    evidence: EvidenceItem[];
    /** Evidence that could not be decided, with the most it could ask for. */
    undecided: Array<{
        reason: UnresolvedReason;
        detail: string;
        could: Direction;
        evidence: EvidenceItem[];
    }>;
    linked: boolean;
    /** What raised `wanted` when it was not a spec (golden-function evidence). */
    rule?: FixRule;
    /**
     * The most the declarations ask for (specs and compare_fn, not the golden
     * function), once golden evidence has raised `wanted` past it; undefined
     * while `wanted` holds only declared evidence.
     */
    declared?: Direction;
    /** Every harness that links the param (explanations show them all). */
    harnesses?: EvidenceItem[];
}
/** Why a fix raises a param: a spec (`inout`/`out`) or the golden function. */
export type FixRule = 'inout' | 'out' | 'golden-write' | 'golden-update' | 'compare-fn';
/**
 * Evidence for one param from outside the specs (the golden function a
 * harness passes, its compare_fn keys); `undecided` when it cannot be read.
 */
export interface ExtraEvidence {
    fn: PyptoFunction;
    param: ParamInfo;
    direction: Direction;
    rule: FixRule;
    evidence: EvidenceItem[];
    undecided?: {
        reason: UnresolvedReason;
        detail: string;
    };
}
/** Key of a function definition, unique across files. */
export declare function functionKey(path: string, def: Node): string;
/**
 * Turns harness links into per-param findings: applies the rule to the
 * linked specs, propagates host directions to the L2 entries they call, and
 * reports what cannot be decided. Directions only go up.
 */
export declare function decide(functions: PyptoFunction[], invocations: Invocation[], problems: LinkProblem[], hostCalls: {
    calls: HostCall[];
    unknown: UnknownCallee[];
}, mode: EvidenceMode, extra?: ExtraEvidence[]): Finding[];
/**
 * PTOTestCase binds the tensor specs of the final list to the entry's tensor
 * params in order (names may differ). Only an exact list of the same length
 * binds; otherwise names are used.
 */
export declare function positionalBinding(specs: Value, entry: PyptoFunction): Map<SpecRecord, ParamInfo> | undefined;
export declare function targetsOf(target: Value, byKey: Map<string, PyptoFunction>): {
    entries: PyptoFunction[];
    unknownWhy?: string;
};
