import type { Node } from 'web-tree-sitter';
import type { PyptoFunction } from '../analyze/entries';
import type { Invocation, LinkProblem } from '../analyze/link';
import type { Finding } from './findings';
import type { HostCall, UnknownCallee } from './host-calls';
/** Which specs count as evidence for a harness call. */
export type EvidenceMode = 'all' | 'final';
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
}, mode: EvidenceMode): Finding[];
