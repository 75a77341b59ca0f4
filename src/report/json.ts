import type { Finding } from '../decide/findings';
import { messageOf, ruleInWords } from './messages';
import { reportedByFile } from './select';
import { allErrors, describeError, displayPath, RunReport, summarize } from './summary';

/** Status of a finding in machine output. */
function status(f: Finding): string {
  if (f.applicability) return 'fix';
  switch (f.kind) {
    case 'fix':
      return 'fix';
    case 'ok':
      return 'ok';
    case 'not-linked':
      return 'not-linked';
    case 'suppressed':
      return 'suppressed';
    case 'unresolved':
    case 'unlinked-harness':
      return 'unresolved';
    case 'stale-is-output':
    case 'legacy-harness':
    case 'fix-breaks-abi':
      return 'unresolved';
    case 'abi-mismatch':
      return 'mismatch';
    case 'era':
      return 'info';
    default:
      return 'warning';
  }
}

/** The JSON report: one object, version 1, paths relative to the working directory; the findings are the run's reported set (`select.ts`). */
export function renderJson(report: RunReport): string {
  const files = reportedByFile(report)
    .filter(({ file, findings }) => findings.length || file.error)
    .map(({ file, findings }) => ({
      path: displayPath(file.path, report.cwd),
      ...(file.error ? { error: describeError(file.error, report.cwd) } : {}),
      findings: findings.map((f) => ({
        kind: f.kind,
        entry: 'entry' in f ? f.entry : undefined,
        param: 'param' in f ? f.param : undefined,
        line: f.line,
        column: f.column,
        from: 'from' in f ? f.from : 'direction' in f ? f.direction : undefined,
        to: 'to' in f ? f.to : 'direction' in f ? f.direction : undefined,
        status: status(f),
        ...(f.applicability ? { fix: { applicability: f.applicability, applied: !f.withheld } } : {}),
        reason: f.kind === 'unresolved' ? f.reason : f.kind === 'stale-is-output' || f.kind === 'legacy-harness' ? f.keep?.reason : undefined,
        ...(f.kind === 'era' ? { era: f.era, why: f.why } : {}),
        ...(f.kind === 'abi-mismatch' ? { spec: f.spec, artifact: f.artifact } : {}),
        ...(f.kind === 'stale-is-output' ? { spec: f.spec, keyword: f.keyword } : {}),
        ...(f.kind === 'fix-breaks-abi' ? { spec: f.spec, artifact: f.artifact } : {}),
        ...(f.kind === 'legacy-harness' ? { site: f.site, unified: f.unified } : {}),
        message: messageOf(f),
        rule: ruleInWords(f),
        evidence: ('evidence' in f ? f.evidence : []).map((e) => ({ ...e, path: displayPath(e.path, report.cwd) })),
      })),
    }));
  const errors = allErrors(report).map((e) => ({ code: e.code, path: e.file && displayPath(e.file, report.cwd), message: describeError(e, report.cwd) }));
  return JSON.stringify({ version: 1, command: report.command, summary: summarize(report), files, errors }, null, 2) + '\n';
}
