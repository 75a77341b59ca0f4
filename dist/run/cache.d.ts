import type { AnalysisResult } from './pipeline';
import { Shape } from '../shape';
/** Import-group entries kept (a run over pypto-lib stores about 60). */
export declare const MAX_GROUP_ENTRIES = 4096;
/** The default cache directory name (like `.ruff_cache`). */
export declare const CACHE_DIR = ".pypto-direction-cache";
/**
 * Writes one cache entry file: a line with the sha256 of the JSON that
 * follows, then the JSON, written completely to a temporary file that is
 * then renamed into place. On a failure (a full disk, a read-only folder)
 * nothing is left behind and false is returned: the entry is absent, never
 * partial. Any kind of entry can use it, with `readEntry` and its shape.
 */
export declare function writeEntry(file: string, value: unknown): boolean;
/**
 * An entry written by `writeEntry`, if it is still exactly what was written
 * (its hash line matches: not truncated, not edited) and has the given shape;
 * undefined otherwise, so that a damaged entry is a cache miss and nothing more.
 */
export declare function readEntry<T>(file: string, shape: Shape<T>): T | undefined;
/**
 * Makes the cache directory if needed and says why it cannot be used
 * (undefined when it can): a run then goes on without the cache.
 */
export declare function unusableCacheDir(dir: string): string | undefined;
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
     * The cached result for `key`, if its entry is intact, is about exactly the
     * files `covering`, and every dependency still hashes the same; anything
     * else is a miss. `files` reads and hashes the files (once per run, however
     * many lookups).
     */
    lookup(key: string, files: FileHashes, covering: string[]): CachedResult | undefined;
    /**
     * Stores a result with the content hash of every file it read. Failures are
     * ignored. `evict: false` leaves trimming to a later `evict()` (one per run).
     * A result with a file that could not be read (so has no hash) is not
     * stored: nothing would tell when to analyze it again.
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
