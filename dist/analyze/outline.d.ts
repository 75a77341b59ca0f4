/** Lines (1-based, inclusive) a piece of source spans. */
export interface LineSpan {
    start: number;
    end: number;
}
/** Where a pypto function and its params are, as plain data (lines and columns are 1-based). */
export interface FunctionOutline {
    name: string;
    /** The `def` keyword's line and column: where entry-level findings point. */
    def: {
        line: number;
        column: number;
    };
    /** From the first decorator to the end of the signature. */
    header: LineSpan;
    /** Each param: where its name starts (where its findings point) and the lines it spans. */
    params: Array<{
        name: string;
        line: number;
        column: number;
        span: LineSpan;
    }>;
}
/**
 * The pypto functions of one file (entries, host drivers, inline kernels, as
 * the analysis finds them) with the lines of their headers and params, so a
 * FILE:LINE can be mapped to the findings it means. Throws the file's
 * ToolError when it cannot be parsed.
 */
export declare function outlineOf(path: string, bytes: Uint8Array): Promise<FunctionOutline[]>;
