import { RunReport } from './summary';
/**
 * A Markdown summary of a run for a pull-request comment or a job summary:
 * the params to change counted by direction, the summary counts, a table of
 * the reported findings per file (the set every format shows, `select.ts`)
 * with the message of each that is not an edit, and a line
 * naming the files that could not be processed.
 */
export declare function renderMarkdown(report: RunReport): string;
