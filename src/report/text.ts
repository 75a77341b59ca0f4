import { AGREEMENT_KINDS, isEditFinding, isPending, WARNING_KINDS, type Finding } from '../decide/findings';
import type { FileResult } from '../run/pipeline';
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

/** Which kind of fix a finding has, as shown after it: `[safe fix]`, `[unsafe fix]`, or the unsafe one left unapplied. */
export function fixTag(f: Finding): string {
  if (!f.applicability) return '';
  return f.withheld ? ' [unsafe fix: needs --unsafe-fixes]' : ` [${f.applicability} fix]`;
}

/** The note on unsafe fixes this run left unapplied (ruff's hidden fixes), or undefined. */
export function hiddenFixesNote(report: RunReport): string | undefined {
  const n = summarize(report).hiddenFixes;
  if (!n) return undefined;
  return `${n} hidden ${n === 1 ? 'fix' : 'fixes'} can be enabled with --unsafe-fixes (${n === 1 ? 'it changes' : 'they change'} what the golden test compares or uploads)`;
}

function findingLine(f: Finding, report: RunReport, c: Palette): string {
  const where = `${displayPath(f.path, report.cwd)}:${f.line}:${f.column}`;
  const tag = isPending(f) ? (isEditFinding(f) ? c.yellow(f.kind) : c.red(f.kind)) : AGREEMENT_KINDS.has(f.kind) ? c.yellow(f.kind) : WARNING_KINDS.has(f.kind) ? c.dim(f.kind) : f.kind;
  return `${c.bold(where)}: ${tag} ${messageOf(f)}${fixTag(f)}`;
}

function errorLines(report: RunReport, c: Palette): string[] {
  return allErrors(report).map((e) => `${c.red('error')}: ${describeError(e, report.cwd)}`);
}

/** Text output of `check` and `fix`: the reported findings (see `select.ts`), what fix wrote, errors and the summary. */
export function renderText(report: RunReport, c: Palette): string {
  const lines = reportedByFile(report).flatMap(({ findings }) => findings.map((f) => findingLine(f, report, c)));
  if (report.command === 'fix' && !report.dryRun) {
    for (const file of report.changed) lines.push(`fixed ${displayPath(file.path, report.cwd)} (${fixedParts(file.findings)})`);
  }
  const hidden = hiddenFixesNote(report);
  if (hidden) lines.push(hidden);
  lines.push(...errorLines(report, c), summaryLine(report));
  return lines.join('\n') + '\n';
}

/** What a written file got: `2 params, 1 is_output keyword removed, ...`. */
function fixedParts(findings: Finding[]): string {
  const count = (p: (f: Finding) => boolean) => findings.filter((f) => isEditFinding(f) && p(f)).length;
  const n = count((f) => f.kind === 'fix');
  const parts = [`${n} ${n === 1 ? 'param' : 'params'}`];
  const more: Array<[number, string, string]> = [
    [count((f) => f.kind === 'stale-is-output'), 'is_output keyword removed', 'is_output keywords removed'],
    [count((f) => f.kind === 'legacy-harness' && f.site === 'call'), 'harness call converted', 'harness calls converted'],
    [count((f) => f.kind === 'inline-wrapper'), 'inline wrapper removed', 'inline wrappers removed'],
  ];
  for (const [k, one, many] of more) if (k) parts.push(`${k} ${k === 1 ? one : many}`);
  return parts.join(', ');
}

/** What goes beside a diff (or the fixed source of stdin): the reported findings but the edits the diff shows, errors and the summary. */
export function renderNotes(report: RunReport, c: Palette): string {
  const notes = report.result.files.flatMap((file) => reportedFindings(report, file).filter((f) => !isEditFinding(f)).map((f) => findingLine(f, report, c)));
  const hidden = hiddenFixesNote(report);
  return [...notes, ...(hidden ? [hidden] : []), ...errorLines(report, c), summaryLine(report)].join('\n') + '\n';
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
        lines.push(`  ${f.line}: ${f.kind}: ${messageOf(f)}${fixTag(f)}`);
        continue;
      }
      const status = f.kind === 'fix' ? c.yellow(`${f.from} -> ${f.to}`) : f.kind === 'ok' ? f.direction : f.kind;
      lines.push(`  ${f.line}: ${f.entry}.${f.param}: ${status}  ${c.dim(messageOf(f))}${fixTag(f)}`);
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
