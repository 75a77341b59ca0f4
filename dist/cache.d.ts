import type { AnalysisResult } from './pipeline';
/** Import-group entries kept (a run over pypto-lib stores about 60). */
export declare const MAX_GROUP_ENTRIES = 4096;
/** The default cache directory name (like `.ruff_cache`). */
export declare const CACHE_DIR = ".pypto-direction-cache";
/** sha256 of bytes, hex. */
export declare function hashBytes(bytes: Uint8Array): string;
/** The key of a run: tool build, options and the set of analyzed files. */
export declare function runKey(files: string[], options: unknown): string;
/**
 * A content-hash cache of whole-run results: a run over the same files with
 * the same options, where no file it read has changed, reuses the previous
 * findings and edits without parsing anything. A corrupt, unreadable or
 * unwritable cache only costs a cold run; it is never an error.
 */
export declare class ResultCache {
    private readonly dir;
    private readonly maxEntries;
    /**
     * @param dir where entries live
     * @param maxEntries how many entries to keep
     */
    constructor(dir: string, maxEntries?: number);
    private file;
    /**
     * The cached result for `key`, if every dependency still hashes the same.
     * `files` reads and hashes the files (once per run, however many lookups).
     */
    lookup(key: string, files: FileHashes): CachedResult | undefined;
    /**
     * Stores a result with the content hash of every file it read. Failures are
     * ignored. `evict: false` leaves trimming to a later `evict()` (one per run).
     */
    store(key: string, result: Pick<AnalysisResult, 'files'>, deps: Map<string, string>, evict?: boolean): void;
    /** Keeps the newest `maxEntries` entries: every distinct set of paths makes one. */
    evict(): void;
}
/** A cache hit: the stored result, with the hashes of the files it depended on. */
export interface CachedResult extends AnalysisResult {
    deps: Map<string, string>;
}
/** Reads files and hashes each at most once: one run looks up many entries sharing dependencies. */
export declare class FileHashes {
    private readonly read;
    private readonly hashes;
    constructor(read: (file: string) => Uint8Array | undefined);
    /** The content hash of a file, undefined if it cannot be read. */
    hash(file: string): string | undefined;
    /** A file's bytes, read now. */
    bytes(file: string): Uint8Array | undefined;
}
