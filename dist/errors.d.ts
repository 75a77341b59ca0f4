/** Stable codes of the expected (user-facing) errors. */
export type ToolErrorCode = 'usage' | 'config' | 'dirty' | 'not-found' | 'unreadable' | 'binary-file' | 'invalid-utf8' | 'parse-error' | 'too-large' | 'verify-failed' | 'write-failed' | 'changed-on-disk';
/**
 * An expected error: bad input or usage, never a bug. It carries a one-line
 * message (naming the file where there is one), an optional hint and the exit
 * code the CLI returns for it. Anything that is not a ToolError is a bug.
 */
export declare class ToolError extends Error {
    readonly code: ToolErrorCode;
    readonly file: string | undefined;
    readonly detail: string;
    readonly hint?: string | undefined;
    readonly exitCode: number;
    /**
     * @param file the path as given to the tool, when the error is about a file
     * @param detail what went wrong, without the path
     */
    constructor(code: ToolErrorCode, file: string | undefined, detail: string, hint?: string | undefined, exitCode?: number);
}
