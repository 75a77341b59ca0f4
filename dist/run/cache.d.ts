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
export declare function readEntry<T>(file: string, shape: Shape<T>, hash?: string): T | undefined;
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
    private readonly split;
    /**
     * @param dir where entries live
     * @param maxEntries how many entries to keep
     * @param split store explanation-only findings in a body file of their own, so that a brief lookup
     *   (`check`, `fix`: most of a whole-run entry is `ok` findings with their evidence) reads a small entry
     */
    constructor(dir: string, maxEntries?: number, split?: boolean);
    private file;
    private bodyFile;
    /**
     * The cached result for `key`, if its entry is intact, is about exactly the
     * files `covering`, and every dependency still hashes the same; anything
     * else is a miss. `files` reads and hashes the files (once per run, however
     * many lookups).
     */
    lookup(key: string, files: FileHashes, covering: string[], brief?: boolean): CachedResult | undefined;
    /**
     * Stores a result with the content hash of every file it read. Failures are
     * ignored. `evict: false` leaves trimming to a later `evict()` (one per run).
     * A result with a file that could not be read (so has no hash) is not
     * stored: nothing would tell when to analyze it again.
     */
    store(key: string, result: Pick<AnalysisResult, 'files'>, deps: Map<string, string>, evict?: boolean, hashes?: FileHashes): void;
    /** Keeps the newest `maxEntries` entries: every distinct set of paths makes one. */
    evict(): void;
}
/** A cache hit: the stored result, with the hashes of the files it depended on. */
export interface CachedResult extends AnalysisResult {
    deps: Map<string, string>;
}
/**
 * How recently (ms) a file may have changed for its stat to be no proof of
 * its content: more than any file system's timestamp granularity (FAT: 2 s)
 * and the coarse kernel clock that stamps writes.
 */
export declare const RACY_MS = 2000;
/**
 * A file's identity and change stamps: device, inode, size, and mtime and
 * ctime in nanoseconds; undefined when it is not a readable regular file.
 * ctime cannot be set back (`utimes` sets it to now), so content rewritten
 * with its size and mtime restored still gets a new stamp.
 */
export declare function statKey(file: string): string | undefined;
/**
 * Reads files and hashes each at most once: one run looks up many entries
 * sharing dependencies.
 *
 * The stat memo (git's index with its racy-clean rule): when `stat` is
 * given, each hash is computed from bytes read just after the file's stat
 * was taken. A stat is stored with an entry only if the file's ctime was
 * then more than `RACY_MS` older than the moment of the stat
 * (`trustedStat`): any later change to the file stamps a ctime of at least
 * that moment, so the stat can no longer match. A later lookup that finds
 * the very same stat trusts the stored hash without reading the file
 * (`unchanged`); any difference in device, inode, size, mtime or ctime, or
 * no stored stat, means the file is read and hashed. What stat cannot see
 * (a clock set back, a file system that does not keep ctime) is not
 * covered: `--no-cache` always reads everything.
 */
export declare class FileHashes {
    private readonly read;
    private readonly stat?;
    private readonly racyMs;
    private readonly hashes;
    /** The stat taken just before each hash's read, with the time it was taken. */
    private readonly stats;
    /**
     * @param read a file's bytes (an override, or the disk)
     * @param stat a file's `statKey`, undefined where the stat says nothing about what `read` gives (an override)
     * @param racyMs see `RACY_MS` (tests change it)
     */
    constructor(read: (file: string) => Uint8Array | undefined, stat?: ((file: string) => string | undefined) | undefined, racyMs?: number);
    /** The content hash of a file, undefined if it cannot be read. */
    hash(file: string): string | undefined;
    /** Whether a file still hashes to `hash`: without reading it when its stat is the trusted `stat` stored with the hash. */
    unchanged(file: string, hash: string, stat: string | undefined): boolean;
    /** The stat to store with a file's hash, if it proves the content (see the class comment); undefined otherwise. */
    trustedStat(file: string, hash: string): string | undefined;
    /** A file's bytes, read now. */
    bytes(file: string): Uint8Array | undefined;
}
