import type { ToolError } from '../errors';
import { messageOf } from './messages';
import { levelOf, reportedByFile } from './select';
import { allErrors, describeError, displayPath, RunReport } from './summary';
import { fixTag, summaryLine } from './text';

/** Escapes the message of a workflow command (`%`, CR, LF), per GitHub's toolkit. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command: the message escapes plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: 'error' | 'warning' | 'notice', props: Array<[string, string | number | undefined]>, message: string): string {
  const given = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name}${given.length ? ' ' + given.join(',') : ''}::${escapeData(message)}`;
}

/** The line and column a parse error names in its detail (`:LINE:COL: ...`), if any. */
function errorPosition(e: ToolError): { line?: number; col?: number } {
  const m = /^:(\d+):(\d+):/.exec(e.detail);
  return m ? { line: Number(m[1]), col: Number(m[2]) } : {};
}

/** GitHub's word for a level (`levelOf`, the table SARIF uses too): it has no `note` nor `none`. */
const ANNOTATION = { error: 'error', warning: 'warning', note: 'notice', none: 'notice' } as const;

/**
 * GitHub Actions workflow commands for a run, so findings show as
 * annotations on the pull request: one per reported finding (the set every
 * format shows, `select.ts`) at its level (`levelOf`): `::error` for pending
 * work, `::warning` for the other findings `check` shows, `::notice` for
 * warnings of `-v`, suppressed params and explanations; `::error`
 * for each file or path that could not be processed, then the plain summary
 * line of the text format.
 */
export function renderGithub(report: RunReport): string {
  const lines: string[] = [];
  for (const { findings } of reportedByFile(report)) {
    for (const f of findings) {
      const name = ANNOTATION[levelOf(f, !!report.strict)];
      const props: Array<[string, string | number]> = [
        ['file', displayPath(f.path, report.cwd)],
        ['line', f.line],
        ['col', f.column],
        ['title', `pypto-direction ${f.kind}`],
      ];
      lines.push(command(name, props, messageOf(f) + fixTag(f)));
    }
  }
  for (const e of allErrors(report)) {
    const at = errorPosition(e);
    const props: Array<[string, string | number | undefined]> = [
      ['file', e.file && displayPath(e.file, report.cwd)],
      ['line', e.file ? at.line : undefined],
      ['col', e.file ? at.col : undefined],
      ['title', `pypto-direction ${e.code}`],
    ];
    lines.push(command('error', props, describeError(e, report.cwd)));
  }
  lines.push(summaryLine(report));
  return lines.join('\n') + '\n';
}
