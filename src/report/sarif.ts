import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Finding, FindingKind } from '../decide/findings';
import type { FileResult } from '../run/pipeline';
import type { Edit } from '../rewrite/edits';
import { messageOf, ruleInWords, TITLES } from './messages';
import { levelOf, reportedByFile } from './select';
import { allErrors, describeError, displayPath, exitCode, RunReport } from './summary';

const PACKAGE: { version: string; homepage?: string } = require('../../package.json');

/** A 1-based line and column (UTF-16 code units, as SARIF's default `columnKind`). */
export interface LineColumn {
  line: number;
  column: number;
}

/** The line and column of a UTF-16 offset into `text`; lines end at `\n` (as tree-sitter counts rows). */
export function positionAt(text: string, offset: number): LineColumn {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * The level of a result (`levelOf`, the table every format with levels
 * reads) and, for level `none`, its kind: a param whose direction matches
 * is `pass`, the other explanations `informational`, as SARIF asks.
 */
function level(f: Finding, strict: boolean): { level: 'error' | 'warning' | 'note' | 'none'; kind?: 'pass' | 'informational' } {
  const l = levelOf(f, strict);
  return l === 'none' ? { level: l, kind: f.kind === 'ok' ? 'pass' : 'informational' } : { level: l };
}

/** A display path as a URI reference: relative paths percent-encoded per segment, absolute ones as file: URIs. */
function artifactLocation(file: string, cwd: string) {
  const shown = displayPath(file, cwd);
  return { uri: path.isAbsolute(shown) ? pathToFileURL(shown).href : shown.split('/').map(encodeURIComponent).join('/') };
}

function replacement(text: string, edit: Edit) {
  const start = positionAt(text, edit.start);
  const end = positionAt(text, edit.end);
  return {
    deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
    insertedContent: { text: edit.text },
  };
}

function result(f: Finding, file: FileResult, ruleIndex: number, report: RunReport) {
  const location = artifactLocation(f.path, report.cwd);
  // an applied fix, or an unsafe one left unapplied (its description says so)
  const fix = file.error ? undefined : [...file.fixes, ...(file.withheld ?? [])].find((x) => x.finding === f);
  const edits = fix && (f.withheld || file.output !== undefined) ? fix.edits : undefined;
  const description = `${messageOf(f)} (${f.applicability} fix${f.withheld ? ', applied only with --unsafe-fixes' : ''})`;
  return {
    ruleId: f.kind,
    ruleIndex,
    ...level(f, !!report.strict),
    message: { text: messageOf(f) },
    // a param kept by `# pypto-direction: ignore` (explain only)
    ...(f.kind === 'suppressed' ? { suppressions: [{ kind: 'inSource' }] } : {}),
    locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: f.line, startColumn: f.column } } }],
    ...(edits?.length && file.original
      ? { fixes: [{ description: { text: description }, artifactChanges: [{ artifactLocation: location, replacements: edits.map((e) => replacement(file.original!.text, e)) }] }] }
      : {}),
    properties: {
      ...(f.applicability ? { fix: { applicability: f.applicability, applied: !f.withheld } } : {}),
      entry: 'entry' in f ? f.entry : undefined,
      param: 'param' in f ? f.param : undefined,
      from: 'from' in f ? f.from : 'direction' in f ? f.direction : undefined,
      to: 'to' in f ? f.to : 'direction' in f ? f.direction : undefined,
      reason: f.kind === 'unresolved' ? f.reason : undefined,
      rule: ruleInWords(f),
      evidence: ('evidence' in f ? f.evidence : []).map((e) => ({ ...e, path: displayPath(e.path, report.cwd) })),
    },
  };
}

/**
 * The SARIF 2.1.0 log of a run, for code-scanning uploads: one result per
 * reported finding (the set every format shows, `select.ts`; levels: see
 * `level`), each `fix` result carrying its replacements on
 * the original text. Rules are the finding kinds that occur; files that could
 * not be processed become tool execution notifications. Columns count UTF-16
 * code units, 1-based.
 */
export function renderSarif(report: RunReport): string {
  const kinds: FindingKind[] = [];
  const results = reportedByFile(report).flatMap(({ file, findings }) =>
    findings.map((f) => {
      if (!kinds.includes(f.kind)) kinds.push(f.kind);
      return result(f, file, kinds.indexOf(f.kind), report);
    }),
  );
  const rules = kinds.map((kind) => ({ id: kind, shortDescription: { text: TITLES[kind] } }));
  const errors = allErrors(report);
  const notifications = errors.map((e) => ({
    level: 'error',
    message: { text: describeError(e, report.cwd) },
    descriptor: { id: e.code },
    ...(e.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, report.cwd) } }] } : {}),
  }));
  const run = {
    tool: { driver: { name: 'pypto-direction', version: PACKAGE.version, ...(PACKAGE.homepage ? { informationUri: PACKAGE.homepage } : {}), rules } },
    invocations: [{ executionSuccessful: errors.length === 0, exitCode: exitCode(report), toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
    results,
  };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}
