import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import type { SpecRecord } from '../analyze/eval/values';
import type { Invocation } from '../analyze/link';
import { type EntryBinding } from '../decide/binding';
import type { Analysis } from './types';
/** One harness call's link to one entry: the entry and, per param, the specs bound to it. */
export interface EntryLink {
    inv: Invocation;
    entry: PyptoFunction;
    /** Specs of the final list the harness receives, bound to each param (with whether surely built). */
    final: Map<ParamInfo, Map<SpecRecord, boolean>>;
    /** Every spec built for the call (`--evidence all`), bound to each param. */
    all: Map<ParamInfo, Map<SpecRecord, boolean>>;
    /** How the runner binds the final list to this entry (places, names, contests). */
    binding: EntryBinding;
}
/** Every (harness call, entry) link of an analysis, computed once. */
export declare function entryLinks(a: Analysis): EntryLink[];
