import type { Finding } from '../decide/findings';
import { ToolErrorCode } from '../errors';
import type { FileResult } from './pipeline';
import type { Edit } from '../rewrite/edits';
import { Shape } from '../shape';
/** A ToolError as plain data. */
export interface StoredError {
    code: ToolErrorCode;
    file?: string;
    detail: string;
    hint?: string;
}
/** A FileResult as plain data (structured-clone and JSON safe). */
export interface StoredFile {
    path: string;
    findings: Finding[];
    edits: Edit[];
    /** Each fix as the index of its finding and its edits. */
    fixes: Array<{
        finding: number;
        edits: Edit[];
    }>;
    /** Unsafe fixes not applied, likewise. */
    withheld?: Array<{
        finding: number;
        edits: Edit[];
    }>;
    error?: StoredError;
    original?: {
        text: string;
        bom: boolean;
        bytes: Uint8Array;
    };
    output?: string;
}
/** Plain data for a result; `withText` keeps the source and output (for workers, not the cache). */
export declare function storeFile(f: FileResult, withText: boolean): StoredFile;
/** The result back from plain data. */
export declare function loadFile(f: StoredFile): FileResult;
/**
 * Whether data read back from disk is a `StoredFile` as `storeFile(f, false)`
 * writes it: without source text, each fix pointing at one of its findings.
 */
export declare const isStoredFile: Shape<StoredFile>;
