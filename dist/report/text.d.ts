import { Palette } from './diff';
import { RunReport } from './summary';
/** The closing summary line. */
export declare function summaryLine(report: RunReport): string;
/** Text output of `check` and `fix`: pending findings (and warnings with --verbose), then errors and the summary. */
export declare function renderText(report: RunReport, c: Palette, verbose: boolean): string;
/** Pending findings other than edits, errors and the summary: what goes beside a diff. */
export declare function renderNotes(report: RunReport, c: Palette): string;
/** `fix --dry-run`: a unified diff of every file that would change. */
export declare function renderDiff(report: RunReport, c: Palette): {
    stdout: string;
    stderr: string;
};
/** `explain`: every entry param with its direction, status and evidence. */
export declare function renderExplain(report: RunReport, c: Palette): string;
