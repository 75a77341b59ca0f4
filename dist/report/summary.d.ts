import { type Finding } from '../decide/findings';
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
export declare function allErrors(report: RunReport): ToolError[];
/** Counts for the summary line and the JSON summary. */
export declare function summarize(report: RunReport): Summary;
/**
 * The exit code: 2 when any file could not be processed, 1 when a change, an
 * unresolved finding or an unsafe fix left unapplied is pending (after `fix`,
 * only the last two), else 0. As in ruff, a fix that is available but not
 * applied leaves its finding standing, so it counts.
 */
export declare function exitCode(report: RunReport): number;
/** A path as shown to people: relative to the working directory when inside it. */
export declare function displayPath(p: string, cwd: string): string;
/** An error as shown to people: its file relative to the working directory. */
export declare function describeError(e: ToolError, cwd: string): string;
