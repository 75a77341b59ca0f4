import { isEditFinding, type Finding } from '../decide/findings';
import type { Direction } from '../model';
import { messageOf } from './messages';
import { reportedByFile } from './select';
import { allErrors, describeError, displayPath, RunReport } from './summary';
import { summaryLine } from './text';

/** A table cell: `|` escaped and line breaks flattened, so the row stays one row. */
function cell(s: string | number | undefined): string {
  return s === undefined || s === '' ? '' : String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Inline code, with a longer fence when the text itself holds a backtick. */
function code(s: string): string {
  return s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}

/** The fix findings that are (or would be) written, counted by direction: `3 params: 2 \`pl.InOut\`, 1 \`pl.Out\``. */
function directionCounts(report: RunReport): string | undefined {
  const counts = new Map<Direction, number>();
  for (const file of report.changed) for (const f of file.findings) if (f.kind === 'fix' && isEditFinding(f)) counts.set(f.to, (counts.get(f.to) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (!total) return undefined;
  const parts = (['InOut', 'Out'] as Direction[]).filter((d) => counts.get(d)).map((d) => `${counts.get(d)} \`pl.${d}\``);
  return `${total} ${total === 1 ? 'param' : 'params'}: ${parts.join(', ')}`;
}

function status(f: Finding): string {
  // which kind of fix it has, and whether this run applies it
  const fix = f.applicability ? ` (${f.withheld ? 'unsafe fix, needs --unsafe-fixes' : `${f.applicability} fix`})` : '';
  return (f.kind === 'unresolved' ? `unresolved (${f.reason})` : f.kind) + fix;
}

function row(f: Finding, report: RunReport): string {
  // the spec that decides, rather than the host call that passes it on
  const ev = 'evidence' in f ? (f.evidence.find((e) => e.role === 'spec') ?? f.evidence[0]) : undefined;
  const cells = [
    f.line,
    'entry' in f ? code(f.entry) : undefined,
    'param' in f ? code(f.param) : undefined,
    'from' in f ? f.from : 'direction' in f ? f.direction : undefined,
    'to' in f ? f.to : 'direction' in f ? f.direction : undefined,
    status(f),
    ev && `${code(`${displayPath(ev.path, report.cwd)}:${ev.line}`)} ${code(ev.text)}`,
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

/**
 * A Markdown summary of a run for a pull-request comment or a job summary:
 * the params to change counted by direction, the summary counts, a table of
 * the reported findings per file (the set every format shows, `select.ts`)
 * with the message of each that is not an edit, and a line
 * naming the files that could not be processed.
 */
export function renderMarkdown(report: RunReport): string {
  const out: string[] = ['## pypto-direction', ''];
  const counts = directionCounts(report);
  if (counts) out.push(counts, '');
  out.push(summaryLine(report), '');
  for (const { file, findings } of reportedByFile(report)) {
    if (!findings.length) continue;
    out.push(`### ${displayPath(file.path, report.cwd)}`, '');
    out.push('| line | entry | param | from | to | status | evidence |', '| ---: | --- | --- | --- | --- | --- | --- |');
    out.push(...findings.map((f) => row(f, report)), '');
    // what a row's status does not say: why it is unresolved, what the warning is about
    const notes = findings.filter((f) => !isEditFinding(f));
    if (notes.length) out.push('Notes:', '', ...notes.map((f) => `- line ${f.line}: ${messageOf(f)}`), '');
  }
  const errors = allErrors(report);
  if (errors.length) out.push(`**${errors.length} ${errors.length === 1 ? 'error' : 'errors'}:** ${errors.map((e) => code(describeError(e, report.cwd))).join('; ')}`, '');
  return out.join('\n').replace(/\n+$/, '\n');
}
