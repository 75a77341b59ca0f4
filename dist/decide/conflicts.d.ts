import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import type { SpecRecord } from '../analyze/eval/values';
import type { EvidenceItem, Finding } from './findings';
/**
 * With `--evidence all`, a spec built on the way may say output while the
 * list the harness receives holds a spec for the same param saying not
 * output. The output wins (PR #659 needs it), but a reviewer should look:
 * one `evidence-conflict` names both specs.
 */
export declare function conflicts(entry: PyptoFunction, param: ParamInfo, matched: Array<[SpecRecord, boolean]>, final: Map<SpecRecord, boolean>, harness: EvidenceItem): Finding[];
