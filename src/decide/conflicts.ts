import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import type { SpecRecord } from '../analyze/eval/values';
import { specEvidence, specVerdict } from './evidence';
import type { EvidenceItem, Finding } from './findings';

/**
 * With `--evidence all`, a spec built on the way may say output while the
 * list the harness receives holds a spec for the same param saying not
 * output. The output wins (PR #659 needs it), but a reviewer should look:
 * one `evidence-conflict` names both specs.
 */
export function conflicts(
  entry: PyptoFunction,
  param: ParamInfo,
  matched: Array<[SpecRecord, boolean]>,
  final: Map<SpecRecord, boolean>,
  harness: EvidenceItem,
): Finding[] {
  const says = (s: SpecRecord) => specVerdict(s);
  const plain = matched.find(([s, certain]) => certain && final.get(s) === true && says(s).kind === 'direction' && (says(s) as { direction: string }).direction === 'In');
  const output = matched.find(([s, certain]) => {
    const v = says(s);
    return certain && !final.has(s) && v.kind === 'direction' && v.direction !== 'In';
  });
  if (!plain || !output) return [];
  const wants = (says(output[0]) as { direction: 'Out' | 'InOut' }).direction;
  return [
    {
      kind: 'evidence-conflict',
      path: entry.module.path,
      line: param.line,
      column: param.node.startPosition.column + 1,
      entry: entry.name,
      param: param.name,
      direction: param.direction,
      wants,
      evidence: [specEvidence(plain[0]), specEvidence(output[0]), harness],
    },
  ];
}
