import { type Finding } from '../decide/findings';
import { Palette } from './diff';
import { RunReport } from './summary';
/** The closing summary line. */
export declare function summaryLine(report: RunReport): string;
/** Which kind of fix a finding has, as shown after it: `[safe fix]`, `[unsafe fix]`, or the unsafe one left unapplied. */
export declare function fixTag(f: Finding): string;
/** The note on unsafe fixes this run left unapplied (ruff's hidden fixes), or undefined. */
export declare function hiddenFixesNote(report: RunReport): string | undefined;
/** Text output of `check` and `fix`: the reported findings (see `select.ts`), what fix wrote, errors and the summary. */
export declare function renderText(report: RunReport, c: Palette): string;
/** What goes beside a diff (or the fixed source of stdin): the reported findings but the edits the diff shows, errors and the summary. */
export declare function renderNotes(report: RunReport, c: Palette): string;
/** `fix --dry-run`: a unified diff of every file that would change. */
export declare function renderDiff(report: RunReport, c: Palette): {
    stdout: string;
    stderr: string;
};
/** `explain`: every entry param with its direction, status and evidence. */
export declare function renderExplain(report: RunReport, c: Palette): string;
