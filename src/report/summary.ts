import * as path from 'path';
import { isEditFinding, isPending, type Finding } from '../decide/findings';
import type { ToolError } from '../errors';
import type { AnalysisResult, FileResult } from '../run/pipeline';

/** Counts every reporter prints. */
export interface Summary {
  filesScanned: number;
  filesChanged: number;
  edits: number;
  unresolved: number;
  /** Unsafe fixes not applied (no --unsafe-fixes): pending, like ruff's hidden fixes. */
  hiddenFixes: number;
  errors: number;
}

/** What a command did: the analysis plus what was (or would be) written. */
export interface RunReport {
  command: 'fix' | 'check' | 'explain';
  dryRun: boolean;
  result: AnalysisResult;
  /** Files whose new text was written (fix) or would be (dry-run/check). */
  changed: FileResult[];
  /** Errors raised while writing (the file is left as it was). */
  writeErrors: ToolError[];
  /** Agreement findings (abi-mismatch) count as pending. */
  strict?: boolean;
  /** `-v`: report-only warnings are reported too (see `select.ts`). */
  verbose: boolean;
  /** `explain FILE:LINE` / `--param`: only the findings this accepts are reported. */
  only?: (f: Finding) => boolean;
  /** Fixes declined in interactive review: still pending. */
  declined?: number;
  cwd: string;
}

/** Every error of a run: bad paths, unreadable/unparsable files, failed writes. */
export function allErrors(report: RunReport): ToolError[] {
  return [...report.result.errors, ...report.result.files.flatMap((f) => (f.error ? [f.error] : [])), ...report.writeErrors];
}

/** Counts for the summary line and the JSON summary. */
export function summarize(report: RunReport): Summary {
  const files = report.result.files;
  const strict = !!report.strict;
  return {
    filesScanned: files.length,
    filesChanged: report.changed.length,
    edits: report.changed.reduce((n, f) => n + f.findings.filter((x) => isEditFinding(x)).length, 0),
    unresolved: files.reduce((n, f) => n + f.findings.filter((x) => isPending(x, strict) && x.applicability === undefined).length, 0),
    hiddenFixes: files.reduce((n, f) => n + f.findings.filter((x) => x.withheld).length, 0),
    errors: allErrors(report).length,
  };
}

/**
 * The exit code: 2 when any file could not be processed, 1 when a change, an
 * unresolved finding or an unsafe fix left unapplied is pending (after `fix`,
 * only the last two), else 0. As in ruff, a fix that is available but not
 * applied leaves its finding standing, so it counts.
 */
export function exitCode(report: RunReport): number {
  const s = summarize(report);
  if (s.errors > 0) return 2;
  const changesPending = report.command !== 'fix' || report.dryRun ? s.filesChanged > 0 : (report.declined ?? 0) > 0;
  return changesPending || s.unresolved > 0 || s.hiddenFixes > 0 ? 1 : 0;
}

/** A path as shown to people: relative to the working directory when inside it. */
export function displayPath(p: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, p));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}

/** An error as shown to people: its file relative to the working directory. */
export function describeError(e: ToolError, cwd: string): string {
  const where = e.file ? displayPath(e.file, cwd) + (e.detail.startsWith(':') ? '' : ': ') : '';
  return `${where}${e.detail}${e.hint ? ` (${e.hint})` : ''}`;
}
