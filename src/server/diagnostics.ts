import * as path from 'path';
import { pathToFileURL } from 'url';
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EvidenceItem, Finding } from '../decide/findings';
import type { ToolError } from '../errors';
import type { FileResult } from '../run/pipeline';
import { messageOf } from '../report/messages';
import { levelOf, shownKind, tierOfFinding } from '../report/select';

/** The `source` of every diagnostic this server publishes. */
export const SOURCE = 'pypto-direction';

/** The end of a line, whatever its length (the protocol clamps it). */
const LINE_END = 2 ** 31 - 1;

/** A `file:` URI for a path as the analysis names it (relative to the server's cwd). */
export function uriOf(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}

/**
 * The severity of a finding the server shows (the set of `select.ts`: what
 * `check -v` shows, plus suppressed params), from the level every format
 * reads (`levelOf`): pending work as `server-severity` says, the other
 * findings `check` shows as warnings, `-v`'s warnings as information,
 * suppressed params as hints; others (`ok`, `not-linked`) are for hover only.
 */
function severityOf(f: Finding, pending: 'warning' | 'error'): DiagnosticSeverity | undefined {
  if (!shownKind('server', true, f.kind, tierOfFinding(f))) return undefined;
  switch (levelOf(f)) {
    case 'error':
      return pending === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
    case 'warning':
      return DiagnosticSeverity.Warning;
    default:
      return f.kind === 'suppressed' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Information;
  }
}

/** The range a finding points at: the param's name, else its line from the reported column. */
export function findingRange(f: Finding, doc: TextDocument): Range {
  const line = f.line - 1;
  const start = { line, character: f.column - 1 };
  if ('param' in f) return { start, end: { line, character: start.character + f.param.length } };
  const text = doc.getText({ start: { line, character: 0 }, end: { line, character: LINE_END } }).replace(/\s+$/, '');
  return { start, end: { line, character: Math.max(text.length, start.character) } };
}

/** Where an evidence item points, as an LSP related location. */
function related(e: EvidenceItem): DiagnosticRelatedInformation {
  const line = Math.max(0, e.line - 1);
  return {
    location: { uri: uriOf(e.path), range: { start: { line, character: 0 }, end: { line, character: LINE_END } } },
    message: `${e.role}: ${e.text}${e.says ? ` (${e.says})` : ''}`,
  };
}

/** The diagnostic of a file that could not be analyzed (syntax error, unreadable, too large). */
export function errorDiagnostic(error: ToolError): Diagnostic {
  const at = /^:(\d+):(\d+): (.*)$/.exec(error.detail);
  const position = at ? { line: Number(at[1]) - 1, character: Number(at[2]) - 1 } : { line: 0, character: 0 };
  const message = (at ? at[3] : error.detail.replace(/^:\s*/, '')) + (error.hint ? ` (${error.hint})` : '');
  return { range: { start: position, end: position }, severity: DiagnosticSeverity.Error, source: SOURCE, code: error.code, message };
}

/**
 * The diagnostics of one analyzed file: pending findings as warnings (or
 * errors, per `server-severity`), report-only ones as information, suppressed
 * ones as hints; the finding kind is the code and its evidence chain the
 * related information.
 */
export function diagnosticsOf(res: FileResult, doc: TextDocument, pending: 'warning' | 'error'): Diagnostic[] {
  const out: Diagnostic[] = res.error ? [errorDiagnostic(res.error)] : [];
  for (const f of res.findings) {
    const severity = severityOf(f, pending);
    if (severity === undefined) continue;
    const evidence = 'evidence' in f ? f.evidence : [];
    out.push({
      range: findingRange(f, doc),
      severity,
      source: SOURCE,
      code: f.kind,
      message: messageOf(f) + (f.applicability ? ` (${f.applicability} fix)` : ''),
      ...(f.applicability ? { data: { fix: f.applicability } } : {}),
      ...(evidence.length ? { relatedInformation: evidence.map(related) } : {}),
    });
  }
  return out;
}
