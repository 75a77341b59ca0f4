import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildId } from '../build-id';
import { decodeSource } from '../parse/source';
import type { AnalysisResult, FileResult } from './pipeline';
import { makeDirs, removeStaleTemps, replaceFile } from '../durable';
import { isStoredFile, loadFile, StoredFile, storeFile } from './serialize';
import { arrayOf, isString, literal, object, optional, recordOf, Shape } from '../shape';
import { explanationOnly } from '../decide/findings';

/**
 * Bumped when stored results change meaning (3: files CPython rejects are refused, issue 13; 4: entries
 * carry their hash, issue 17; 5: explanation-only findings in a separate body file, stat memo, issue 18).
 */
const FORMAT = 5;
/** Whole-run entries kept in the cache directory; the oldest quarter goes when it is full. */
const MAX_ENTRIES = 128;
/** Import-group entries kept (a run over pypto-lib stores about 60). */
export const MAX_GROUP_ENTRIES = 4096;

/** The default cache directory name (like `.ruff_cache`). */
export const CACHE_DIR = '.pypto-direction-cache';

interface Entry {
  format: number;
  version: string;
  /** Every file the analysis read (analyzed and imported) with its content hash. */
  deps: Record<string, string>;
  /**
   * Each file's results. In a split entry (`full` set) they hold only the
   * findings a brief lookup needs (see `explanationOnly`); the whole lists
   * are in the body file, whose JSON hashes to `full`.
   */
  files: StoredFile[];
  full?: string;
  /**
   * The stat of dependencies whose content was verified to hash as in `deps`
   * just after the stat was taken, and whose ctime was then older than
   * `RACY_MS` (see `FileHashes.unchanged`): a file with that same stat now
   * is not read and hashed again.
   */
  stats?: Record<string, string>;
}

/** The body of a split entry: every file's whole result. */
interface Body {
  files: StoredFile[];
}

const isEntry: Shape<Entry> = object({ format: literal(FORMAT), version: isString, deps: recordOf(isString), files: arrayOf(isStoredFile), full: optional(isString), stats: optional(recordOf(isString)) });
const isBody: Shape<Body> = object({ files: arrayOf(isStoredFile) });

/**
 * Writes one cache entry file: a line with the sha256 of the JSON that
 * follows, then the JSON, written completely to a temporary file that is
 * then renamed into place. On a failure (a full disk, a read-only folder)
 * nothing is left behind and false is returned: the entry is absent, never
 * partial. Any kind of entry can use it, with `readEntry` and its shape.
 */
export function writeEntry(file: string, value: unknown): boolean {
  return writeHashedEntry(file, value) !== undefined;
}

/** `writeEntry`, answering the hash line written (undefined when nothing was written). */
function writeHashedEntry(file: string, value: unknown): string | undefined {
  try {
    const json = JSON.stringify(value);
    const hash = hashBytes(Buffer.from(json));
    replaceFile(file, Buffer.from(`${hash}\n${json}`), { durable: false });
    return hash;
  } catch {
    return undefined;
  }
}

/**
 * An entry written by `writeEntry`, if it is still exactly what was written
 * (its hash line matches: not truncated, not edited) and has the given shape;
 * undefined otherwise, so that a damaged entry is a cache miss and nothing more.
 */
export function readEntry<T>(file: string, shape: Shape<T>, hash?: string): T | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    if (nl < 0) return undefined;
    const json = text.slice(nl + 1);
    if (text.slice(0, nl) !== hashBytes(Buffer.from(json))) return undefined;
    if (hash !== undefined && text.slice(0, nl) !== hash) return undefined;
    const value: unknown = JSON.parse(json);
    return shape(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes the cache directory if needed and says why it cannot be used
 * (undefined when it can): a run then goes on without the cache.
 */
export function unusableCacheDir(dir: string): string | undefined {
  try {
    makeDirs(dir);
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'error';
  }
}

/** sha256 of bytes, hex. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The key of a run: tool build, options and the set of analyzed files. */
export function runKey(files: string[], options: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ FORMAT, VERSION: buildId(), options, files: files.map((f) => path.resolve(f)).sort() }))
    .digest('hex')
    .slice(0, 32);
}

/**
 * A content-hash cache of whole-run results: a run over the same files with
 * the same options, where no file it read has changed, reuses the previous
 * findings and edits without parsing anything. A corrupt, unreadable or
 * unwritable cache only costs a cold run; it is never an error.
 */
export class ResultCache {
  /**
   * @param dir where entries live
   * @param maxEntries how many entries to keep
   * @param split store explanation-only findings in a body file of their own, so that a brief lookup
   *   (`check`, `fix`: most of a whole-run entry is `ok` findings with their evidence) reads a small entry
   */
  constructor(
    private readonly dir: string,
    private readonly maxEntries = MAX_ENTRIES,
    private readonly split = false,
  ) {}

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  private bodyFile(key: string): string {
    return path.join(this.dir, `${key}.body`);
  }

  /**
   * The cached result for `key`, if its entry is intact, is about exactly the
   * files `covering`, and every dependency still hashes the same; anything
   * else is a miss. `files` reads and hashes the files (once per run, however
   * many lookups).
   */
  lookup(key: string, files: FileHashes, covering: string[], brief = false): CachedResult | undefined {
    const entry = readEntry(this.file(key), isEntry);
    if (!entry || entry.version !== buildId() || !covers(entry, covering)) return undefined;
    const deps = new Map<string, string>();
    for (const [file, hash] of Object.entries(entry.deps)) {
      if (!files.unchanged(file, hash, entry.stats?.[file])) return undefined;
      deps.set(file, hash);
    }
    let stored = entry.files;
    if (entry.full !== undefined && !brief) {
      // the body written with this entry (its hash is the one the entry names), about the same files
      const body = readEntry(this.bodyFile(key), isBody, entry.full);
      if (!body || body.files.length !== stored.length || body.files.some((f, i) => f.path !== stored[i].path)) return undefined;
      stored = body.files;
    }
    const results: FileResult[] = [];
    for (const f of stored) {
      const res = loadFile(f);
      if (!f.error && f.edits.length) {
        // the source is needed to apply the edits: it must still be what was hashed
        const abs = path.resolve(f.path);
        const bytes = files.bytes(abs);
        if (!bytes || hashBytes(bytes) !== deps.get(abs)) return undefined;
        res.original = { ...decodeSource(bytes, f.path), bytes };
        const length = res.original.text.length;
        if ([...f.edits, ...f.fixes.flatMap((x) => x.edits)].some((e) => e.end > length)) return undefined;
      }
      results.push(res);
    }
    return { files: results, errors: [], deps };
  }

  /**
   * Stores a result with the content hash of every file it read. Failures are
   * ignored. `evict: false` leaves trimming to a later `evict()` (one per run).
   * A result with a file that could not be read (so has no hash) is not
   * stored: nothing would tell when to analyze it again.
   */
  store(key: string, result: Pick<AnalysisResult, 'files'>, deps: Map<string, string>, evict = true, hashes?: FileHashes): void {
    const files = result.files.map((f) => storeFile(f, false));
    const entry: Entry = {
      format: FORMAT,
      version: buildId(),
      deps: Object.fromEntries([...deps].map(([file, hash]) => [path.resolve(file), hash])),
      files,
    };
    if (hashes) {
      const stats = Object.entries(entry.deps).flatMap(([file, hash]) => {
        const stat = hashes.trustedStat(file, hash);
        return stat ? [[file, stat]] : [];
      });
      if (stats.length) entry.stats = Object.fromEntries(stats);
    }
    if (!covers(entry, result.files.map((f) => f.path))) return;
    try {
      makeDirs(this.dir);
      const gitignore = path.join(this.dir, '.gitignore');
      if (!fs.existsSync(gitignore)) replaceFile(gitignore, Buffer.from('*\n'), { durable: false });
    } catch {
      // a read-only tree or full disk: the next run is simply cold
      return;
    }
    if (this.split && files.some((f) => f.findings.some(explanationOnly))) {
      // the body first: an entry is never written naming a body that is not there
      const full = writeHashedEntry(this.bodyFile(key), { files } satisfies Body);
      if (full === undefined) return;
      entry.files = files.map(briefFile);
      entry.full = full;
    }
    if (writeEntry(this.file(key), entry) && evict) this.evict();
  }

  /** Keeps the newest `maxEntries` entries: every distinct set of paths makes one. */
  evict(): void {
    removeStaleTemps(this.dir);
    try {
      const entries = fs.readdirSync(this.dir).filter((f) => f.endsWith('.json'));
      if (entries.length <= this.maxEntries) return;
      const byAge = entries
        .map((f) => ({ f, t: fs.statSync(path.join(this.dir, f)).mtimeMs }))
        .sort((a, b) => a.t - b.t);
      for (const { f } of byAge.slice(0, entries.length - this.maxEntries + this.maxEntries / 4)) {
        fs.rmSync(path.join(this.dir, f), { force: true });
        fs.rmSync(path.join(this.dir, f.replace(/\.json$/, '.body')), { force: true });
      }
    } catch {
      // another run trimming at the same time, or an unreadable directory: harmless
    }
  }
}

/**
 * Whether an entry is about exactly the files asked for (each once), and
 * hashes each of them: an entry about other files, or about none, is no
 * answer for these (`"files": []` once passed a folder with pending edits).
 */
function covers(entry: Entry, files: string[]): boolean {
  const asked = files.map((f) => path.resolve(f)).sort();
  const stored = entry.files.map((f) => path.resolve(f.path)).sort();
  return asked.length === stored.length && asked.every((f, i) => f === stored[i] && Object.prototype.hasOwnProperty.call(entry.deps, f));
}

/**
 * A stored file with only the findings a brief lookup needs: the
 * explanation-only ones go, and each fix's finding index follows its finding.
 */
function briefFile(f: StoredFile): StoredFile {
  const fixed = new Set([...f.fixes, ...(f.withheld ?? [])].map((x) => x.finding));
  const kept: number[] = [];
  f.findings.forEach((x, i) => {
    if (!explanationOnly(x) || fixed.has(i)) kept.push(i);
  });
  const at = new Map(kept.map((old, i) => [old, i]));
  const remap = (xs: Array<{ finding: number; edits: StoredFile['edits'] }>) => xs.map((x) => ({ finding: at.get(x.finding)!, edits: x.edits }));
  return { ...f, findings: kept.map((i) => f.findings[i]), fixes: remap(f.fixes), ...(f.withheld ? { withheld: remap(f.withheld) } : {}) };
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
export const RACY_MS = 2000;

/**
 * A file's identity and change stamps: device, inode, size, and mtime and
 * ctime in nanoseconds; undefined when it is not a readable regular file.
 * ctime cannot be set back (`utimes` sets it to now), so content rewritten
 * with its size and mtime restored still gets a new stamp.
 */
export function statKey(file: string): string | undefined {
  try {
    const s = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
    return s?.isFile() ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The ctime (ms) in a `statKey`. */
function ctimeMs(key: string): number {
  return Number(BigInt(key.slice(key.lastIndexOf(':') + 1)) / 1_000_000n);
}

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
export class FileHashes {
  private readonly hashes = new Map<string, string | null>();
  /** The stat taken just before each hash's read, with the time it was taken. */
  private readonly stats = new Map<string, { key: string; at: number }>();
  /**
   * @param read a file's bytes (an override, or the disk)
   * @param stat a file's `statKey`, undefined where the stat says nothing about what `read` gives (an override)
   * @param racyMs see `RACY_MS` (tests change it)
   */
  constructor(
    private readonly read: (file: string) => Uint8Array | undefined,
    private readonly stat?: (file: string) => string | undefined,
    private readonly racyMs = RACY_MS,
  ) {}

  /** The content hash of a file, undefined if it cannot be read. */
  hash(file: string): string | undefined {
    let h = this.hashes.get(file);
    if (h === undefined) {
      const at = Date.now();
      const key = this.stat?.(file);
      const bytes = this.read(file);
      if (key && bytes) this.stats.set(file, { key, at });
      this.hashes.set(file, (h = bytes ? hashBytes(bytes) : null));
    }
    return h ?? undefined;
  }

  /** Whether a file still hashes to `hash`: without reading it when its stat is the trusted `stat` stored with the hash. */
  unchanged(file: string, hash: string, stat: string | undefined): boolean {
    if (stat !== undefined && !this.hashes.has(file) && this.stat?.(file) === stat) {
      this.hashes.set(file, hash);
      // still trusted: its ctime is older than when it was first trusted, older still than now
      this.stats.set(file, { key: stat, at: Date.now() });
      return true;
    }
    return this.hash(file) === hash;
  }

  /** The stat to store with a file's hash, if it proves the content (see the class comment); undefined otherwise. */
  trustedStat(file: string, hash: string): string | undefined {
    if (this.hash(file) !== hash) return undefined;
    const s = this.stats.get(file);
    return s && ctimeMs(s.key) < s.at - this.racyMs ? s.key : undefined;
  }

  /** A file's bytes, read now. */
  bytes(file: string): Uint8Array | undefined {
    return this.read(file);
  }
}
