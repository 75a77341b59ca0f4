import { RunReport } from './summary';
/** A 1-based line and column (UTF-16 code units, as SARIF's default `columnKind`). */
export interface LineColumn {
    line: number;
    column: number;
}
/** The line and column of a UTF-16 offset into `text`; lines end at `\n` (as tree-sitter counts rows). */
export declare function positionAt(text: string, offset: number): LineColumn;
/**
 * The SARIF 2.1.0 log of a run, for code-scanning uploads: one result per
 * reported finding (the set every format shows, `select.ts`; levels: see
 * `level`), each `fix` result carrying its replacements on
 * the original text. Rules are the finding kinds that occur; files that could
 * not be processed become tool execution notifications. Columns count UTF-16
 * code units, 1-based.
 */
export declare function renderSarif(report: RunReport): string;
