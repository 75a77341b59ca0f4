import * as path from 'path';
import { evidenceAt } from '../decide/evidence';
import type { EraOfCall } from '../analyze/eval/era';
import type { SpecRecord } from '../analyze/eval/values';
import type { Invocation } from '../analyze/link';
import type { Finding } from '../decide/findings';
import type { Analysis, EraSetting } from './types';

/** The era a spec call is treated in: the configured one, or the one detected at the call. */
export function specEra(spec: SpecRecord, setting: EraSetting): EraOfCall {
  if (setting !== 'auto') return { era: setting, why: `era = "${setting}" in the configuration` };
  return spec.era ?? { era: 'spec', why: 'spec class not resolved: spec era' };
}

/**
 * The era of a harness call: signature when any TensorSpec built for it is
 * signature era (they come from one golden package), else spec era when any
 * is, else unknown when a golden package could not be resolved for them.
 */
export function invocationEra(inv: Invocation, setting: EraSetting): EraOfCall {
  if (setting !== 'auto') return { era: setting, why: `era = "${setting}" in the configuration` };
  const tensors = [...inv.evidence.keys()].filter((s) => s.cls === 'TensorSpec');
  for (const era of ['signature', 'spec', 'unknown'] as const) {
    const found = tensors.find((s) => s.era?.era === era);
    if (found) return found.era!;
  }
  return { era: 'spec', why: 'no TensorSpec call was evaluated for it: spec era' };
}

/** One `era` finding per harness call, for explain and JSON. */
export function eraFindings(a: Analysis): Finding[] {
  return a.invocations.map((inv) => {
    const e = invocationEra(inv, a.era);
    // the class's path depends on whether its module was analyzed or imported: absolute, shown relative by reporters
    const evidence = e.at ? [{ ...evidenceAt('spec-class', path.resolve(e.at.path), e.at.node) }] : [];
    return { kind: 'era' as const, path: inv.site.path, line: inv.site.node.startPosition.row + 1, column: inv.site.node.startPosition.column + 1, harness: inv.harness, era: e.era, why: e.why, evidence };
  });
}
