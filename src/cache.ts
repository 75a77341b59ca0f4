import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildId } from './build-id';
import { decodeSource } from './parse/source';
import type { AnalysisResult, FileResult } from './pipeline';
import { loadFile, StoredFile, storeFile } from './serialize';

/** Bumped when stored results change meaning (3: files CPython rejects are refused, issue 13). */
const FORMAT = 3;
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
  files: StoredFile[];
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
   */
  constructor(
    private readonly dir: string,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /**
   * The cached result for `key`, if every dependency still hashes the same.
   * `files` reads and hashes the files (once per run, however many lookups).
   */
  lookup(key: string, files: FileHashes): CachedResult | undefined {
    let entry: Entry;
    try {
      entry = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as Entry;
    } catch {
      return undefined;
    }
    if (entry?.format !== FORMAT || entry.version !== buildId() || typeof entry.deps !== 'object' || !Array.isArray(entry.files)) return undefined;
    const deps = new Map<string, string>();
    for (const [file, hash] of Object.entries(entry.deps)) {
      if (files.hash(file) !== hash) return undefined;
      deps.set(file, hash);
    }
    const results: FileResult[] = [];
    for (const f of entry.files) {
      const res = loadFile(f);
      if (!f.error && f.edits.length) {
        // the source is needed to apply the edits: it must still be what was hashed
        const abs = path.resolve(f.path);
        const bytes = files.bytes(abs);
        if (!bytes || !deps.has(abs) || hashBytes(bytes) !== deps.get(abs)) return undefined;
        res.original = { ...decodeSource(bytes, f.path), bytes };
      }
      results.push(res);
    }
    return { files: results, errors: [], deps };
  }

  /**
   * Stores a result with the content hash of every file it read. Failures are
   * ignored. `evict: false` leaves trimming to a later `evict()` (one per run).
   */
  store(key: string, result: Pick<AnalysisResult, 'files'>, deps: Map<string, string>, evict = true): void {
    const entry: Entry = {
      format: FORMAT,
      version: buildId(),
      deps: Object.fromEntries([...deps].map(([file, hash]) => [path.resolve(file), hash])),
      files: result.files.map((f) => storeFile(f, false)),
    };
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const gitignore = path.join(this.dir, '.gitignore');
      if (!fs.existsSync(gitignore)) fs.writeFileSync(gitignore, '*\n');
      const tmp = `${this.file(key)}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(entry));
      fs.renameSync(tmp, this.file(key));
      if (evict) this.evict();
    } catch {
      // a read-only tree or full disk: the next run is simply cold
    }
  }

  /** Keeps the newest `maxEntries` entries: every distinct set of paths makes one. */
  evict(): void {
    try {
      const entries = fs.readdirSync(this.dir).filter((f) => f.endsWith('.json'));
      if (entries.length <= this.maxEntries) return;
      const byAge = entries
        .map((f) => ({ f, t: fs.statSync(path.join(this.dir, f)).mtimeMs }))
        .sort((a, b) => a.t - b.t);
      for (const { f } of byAge.slice(0, entries.length - this.maxEntries + this.maxEntries / 4)) fs.rmSync(path.join(this.dir, f), { force: true });
    } catch {
      // another run trimming at the same time, or an unreadable directory: harmless
    }
  }
}

/** A cache hit: the stored result, with the hashes of the files it depended on. */
export interface CachedResult extends AnalysisResult {
  deps: Map<string, string>;
}

/** Reads files and hashes each at most once: one run looks up many entries sharing dependencies. */
export class FileHashes {
  private readonly hashes = new Map<string, string | null>();
  constructor(private readonly read: (file: string) => Uint8Array | undefined) {}

  /** The content hash of a file, undefined if it cannot be read. */
  hash(file: string): string | undefined {
    let h = this.hashes.get(file);
    if (h === undefined) {
      const bytes = this.read(file);
      this.hashes.set(file, (h = bytes ? hashBytes(bytes) : null));
    }
    return h ?? undefined;
  }

  /** A file's bytes, read now. */
  bytes(file: string): Uint8Array | undefined {
    return this.read(file);
  }
}
