import { AGREEMENT_KINDS, isEditFinding, isPending, PENDING_KINDS, WARNING_KINDS, type Finding } from '../decide/findings';
import type { FileResult } from '../pipeline';
import { Palette, unifiedDiff } from './diff';
import { messageOf, ruleInWords } from './messages';
import { reportedByFile, reportedFindings } from './select';
import { allErrors, describeError, displayPath, RunReport, summarize } from './summary';

/** The closing summary line. */
export function summaryLine(report: RunReport): string {
  const s = summarize(report);
  const verb = report.command === 'fix' && !report.dryRun ? 'changed' : 'to change';
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  return `${n(s.filesScanned, 'file')} scanned, ${s.filesChanged} ${verb}, ${n(s.edits, 'edit')}, ${s.unresolved} unresolved, ${n(s.errors, 'error')}`;
}

function findingLine(f: Finding, report: RunReport, c: Palette): string {
  const where = `${displayPath(f.path, report.cwd)}:${f.line}:${f.column}`;
  const tag = PENDING_KINDS.has(f.kind) ? (isEditFinding(f) ? c.yellow(f.kind) : c.red(f.kind)) : isPending(f, false) ? c.red(f.kind) : AGREEMENT_KINDS.has(f.kind) ? c.yellow(f.kind) : WARNING_KINDS.has(f.kind) ? c.dim(f.kind) : f.kind;
  return `${c.bold(where)}: ${tag} ${messageOf(f)}`;
}

function errorLines(report: RunReport, c: Palette): string[] {
  return allErrors(report).map((e) => `${c.red('error')}: ${describeError(e, report.cwd)}`);
}

/** Text output of `check` and `fix`: the reported findings (see `select.ts`), what fix wrote, errors and the summary. */
export function renderText(report: RunReport, c: Palette): string {
  const lines = reportedByFile(report).flatMap(({ findings }) => findings.map((f) => findingLine(f, report, c)));
  if (report.command === 'fix' && !report.dryRun) {
    for (const file of report.changed) {
      const n = file.findings.filter((f) => f.kind === 'fix').length;
      const k = file.findings.filter((f) => f.kind === 'stale-is-output' && isEditFinding(f)).length;
      lines.push(`fixed ${displayPath(file.path, report.cwd)} (${n} ${n === 1 ? 'param' : 'params'}${k ? `, ${k} is_output ${k === 1 ? 'keyword' : 'keywords'} removed` : ''})`);
    }
  }
  lines.push(...errorLines(report, c), summaryLine(report));
  return lines.join('\n') + '\n';
}

/** What goes beside a diff (or the fixed source of stdin): the reported findings but the edits the diff shows, errors and the summary. */
export function renderNotes(report: RunReport, c: Palette): string {
  const notes = report.result.files.flatMap((file) => reportedFindings(report, file).filter((f) => !isEditFinding(f)).map((f) => findingLine(f, report, c)));
  return [...notes, ...errorLines(report, c), summaryLine(report)].join('\n') + '\n';
}

/** `fix --dry-run`: a unified diff of every file that would change. */
export function renderDiff(report: RunReport, c: Palette): { stdout: string; stderr: string } {
  const diffs = report.changed.map((f: FileResult) => unifiedDiff(displayPath(f.path, report.cwd), f.original!.text, f.output!, c));
  return { stdout: diffs.join(''), stderr: renderNotes(report, c) };
}

/** `explain`: every entry param with its direction, status and evidence. */
export function renderExplain(report: RunReport, c: Palette): string {
  const lines: string[] = [];
  for (const { file, findings } of reportedByFile(report)) {
    if (!findings.length) continue;
    lines.push(c.bold(displayPath(file.path, report.cwd)));
    for (const f of findings) {
      if (!('param' in f)) {
        lines.push(`  ${f.line}: ${f.kind}: ${messageOf(f)}`);
        continue;
      }
      const status = f.kind === 'fix' ? c.yellow(`${f.from} -> ${f.to}`) : f.kind === 'ok' ? f.direction : f.kind;
      lines.push(`  ${f.line}: ${f.entry}.${f.param}: ${status}  ${c.dim(messageOf(f))}`);
      const rule = ruleInWords(f);
      if (rule) lines.push(`      rule: ${rule}`);
      if ('evidence' in f) {
        for (const ev of f.evidence) {
          lines.push(`      ${ev.role} ${displayPath(ev.path, report.cwd)}:${ev.line}: ${ev.text}${ev.says ? `  (${ev.says})` : ''}`);
        }
      }
    }
  }
  lines.push(...errorLines(report, c), summaryLine(report));
  return lines.join('\n') + '\n';
}
