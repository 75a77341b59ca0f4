import type { AnalysisResult } from './pipeline';
/** The default cache directory name (like `.ruff_cache`). */
export declare const CACHE_DIR = ".pypto-direction-cache";
/** sha256 of bytes, hex. */
export declare function hashBytes(bytes: Uint8Array): string;
/** The key of a run: tool version, options and the set of analyzed files. */
export declare function runKey(files: string[], options: unknown): string;
/**
 * A content-hash cache of whole-run results: a run over the same files with
 * the same options, where no file it read has changed, reuses the previous
 * findings and edits without parsing anything. A corrupt, unreadable or
 * unwritable cache only costs a cold run; it is never an error.
 */
export declare class ResultCache {
    private readonly dir;
    constructor(dir: string);
    private file;
    /**
     * The cached result for `key`, if every dependency still hashes the same.
     * `read` returns a file's bytes (or undefined if unreadable).
     */
    lookup(key: string, read: (file: string) => Uint8Array | undefined): AnalysisResult | undefined;
    /** Stores a result with the content hash of every file it read. Failures are ignored. */
    store(key: string, result: AnalysisResult, deps: Map<string, string>): void;
    /** Keeps the newest MAX_ENTRIES entries: every distinct set of paths makes one. */
    private evict;
}
