import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { decodeSource } from './parse/source';
import type { AnalysisResult, FileResult } from './pipeline';
import { loadFile, StoredFile, storeFile } from './serialize';

const VERSION: string = require('../package.json').version;
const FORMAT = 1;
/** Entries kept in the cache directory; the oldest quarter goes when it is full. */
const MAX_ENTRIES = 128;

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

/** The key of a run: tool version, options and the set of analyzed files. */
export function runKey(files: string[], options: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ FORMAT, VERSION, options, files: files.map((f) => path.resolve(f)).sort() }))
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
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /**
   * The cached result for `key`, if every dependency still hashes the same.
   * `read` returns a file's bytes (or undefined if unreadable).
   */
  lookup(key: string, read: (file: string) => Uint8Array | undefined): AnalysisResult | undefined {
    let entry: Entry;
    try {
      entry = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as Entry;
    } catch {
      return undefined;
    }
    if (entry?.format !== FORMAT || entry.version !== VERSION || typeof entry.deps !== 'object' || !Array.isArray(entry.files)) return undefined;
    const bytesOf = new Map<string, Uint8Array>();
    for (const [file, hash] of Object.entries(entry.deps)) {
      const bytes = read(file);
      if (!bytes || hashBytes(bytes) !== hash) return undefined;
      bytesOf.set(file, bytes);
    }
    const files = entry.files.map((f): FileResult => {
      const res = loadFile(f);
      const bytes = bytesOf.get(path.resolve(f.path));
      if (bytes && !f.error && f.edits.length) res.original = { ...decodeSource(bytes, f.path), bytes };
      return res;
    });
    return { files, errors: [] };
  }

  /** Stores a result with the content hash of every file it read. Failures are ignored. */
  store(key: string, result: AnalysisResult, deps: Map<string, string>): void {
    const entry: Entry = {
      format: FORMAT,
      version: VERSION,
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
      this.evict();
    } catch {
      // a read-only tree or full disk: the next run is simply cold
    }
  }

  /** Keeps the newest MAX_ENTRIES entries: every distinct set of paths makes one. */
  private evict(): void {
    const entries = fs.readdirSync(this.dir).filter((f) => f.endsWith('.json'));
    if (entries.length <= MAX_ENTRIES) return;
    const byAge = entries
      .map((f) => ({ f, t: fs.statSync(path.join(this.dir, f)).mtimeMs }))
      .sort((a, b) => a.t - b.t);
    for (const { f } of byAge.slice(0, entries.length - MAX_ENTRIES + MAX_ENTRIES / 4)) fs.rmSync(path.join(this.dir, f), { force: true });
  }
}
