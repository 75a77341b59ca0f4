import { type Finding, type FindingKind } from '../decide/findings';
import type { FileResult } from '../run/pipeline';
import type { RunReport } from './summary';
/** What reports findings: the CLI commands and the language server. */
export type Reporter = 'fix' | 'check' | 'explain' | 'server';
/**
 * How loud a finding kind is, which decides where it is shown:
 * - `pending`: work to do (exit 1), and the agreement and loud warnings: always;
 * - `warning`: report-only warnings: with `-v`, in `explain` and in the server;
 * - `suppressed`: in `explain` and in the server (as a hint);
 * - `explanation`: a param's direction and evidence, a harness call's era: in `explain` only.
 */
export type Tier = 'pending' | 'warning' | 'suppressed' | 'explanation';
/** The tier of a kind (see {@link Tier}). */
export declare function tierOf(kind: FindingKind): Tier;
/** The tier of a finding: its kind's, but pending whenever it has a fix (applied or not), whatever its kind. */
export declare function tierOfFinding(f: Finding): Tier;
/** How severe a reported finding is, in SARIF's words; every format with levels maps from this one table. */
export type Level = 'error' | 'warning' | 'note' | 'none';
/**
 * The level of a reported finding: `error` for pending work (what makes the
 * exit code 1; with `--strict` the agreement findings too), `warning` for the
 * other findings `check` shows (agreement findings, loud warnings), `note` for
 * the report-only warnings (`-v`) and suppressed params, `none` for what only
 * explains (a param's direction and evidence, a harness call's era).
 */
export declare function levelOf(f: Finding, strict?: boolean): Level;
/**
 * The one rule every reporter follows: which kinds a command shows, whatever
 * the format. `check` and `fix` show pending work, agreement findings and the
 * loud warnings; `-v` adds the report-only warnings; `explain` shows
 * everything; the server shows what `check -v` shows plus suppressed params.
 */
export declare function shownKind(reporter: Reporter, verbose: boolean, kind: FindingKind, tier?: Tier): boolean;
/**
 * Whether a reporter shows the report-only warnings. When it does not, the
 * analysis skips work that feeds only them (the spec-era golden
 * cross-check, `golden-disagrees`): `AnalyzeOptions.warnings`.
 */
export declare function showsWarnings(reporter: Reporter, verbose: boolean): boolean;
/** Whether `fix` wrote the edit of this finding in this run: done, no longer reported. */
export declare function written(report: RunReport, file: FileResult, f: Finding): boolean;
/**
 * The findings of a file that a run reports, in every format: a function of
 * the command and its flags only (`-v`, and `explain`'s FILE:LINE and
 * `--param` targets). Every reporter reads this; none filters on its own.
 */
export declare function reportedFindings(report: RunReport, file: FileResult): Finding[];
/** Every reported finding of a run with its file, in file order. */
export declare function reportedByFile(report: RunReport): Array<{
    file: FileResult;
    findings: Finding[];
}>;
