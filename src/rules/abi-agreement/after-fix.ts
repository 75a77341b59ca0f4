import type { ParamInfo } from '../../analyze/entries';
import type { SpecRecord } from '../../analyze/eval/values';
import { evidenceAt, specEvidence } from '../../decide/evidence';
import type { Finding } from '../../decide/findings';
import type { Direction } from '../../model';
import type { EntryLink } from '../linked';

/**
 * A fix must never leave behind a finding it caused. When the direction
 * this run writes disagrees with the spec the harness receives although the
 * param agreed with it before, the #1019 check would reject what `fix`
 * just wrote: that is pending work (exit 1) naming the spec to change,
 * not a report-only `abi-mismatch`.
 */
export function causedByFix(before: Direction, wanted: ReadonlyMap<Direction, SpecRecord>): boolean {
  return wanted.has(before);
}

/** The pending finding for a mismatch this run's fix causes. */
export function fixBreaksAbi(link: EntryLink, param: ParamInfo, spec: SpecRecord, specDirection: Direction, artifact: Direction): Finding {
  return {
    kind: 'fix-breaks-abi',
    path: link.entry.module.path,
    line: param.line,
    column: param.node.startPosition.column + 1,
    entry: link.entry.name,
    param: param.name,
    spec: specDirection,
    artifact,
    before: param.direction,
    evidence: [specEvidence(spec), evidenceAt('harness', link.inv.site.path, link.inv.site.node)],
  };
}
