import * as fs from 'fs';
import * as path from 'path';
import { buildId } from '../build-id';
import type { WorkCounts } from '../work';
import { FileFacts, factsOf, isFileFacts } from './facts';

/** Bumped when the facts change meaning or shape. */
const FORMAT = 1;
/** Files whose facts are kept on disk (those used by the latest run first). */
export const MAX_FACTS = 20_000;
/** The store's file in the cache directory. */
export const FACTS_FILE = 'facts.json';

interface Stored {
  format: number;
  version: string;
  /** Facts by the content hash of the file they were read from. */
  files: Record<string, unknown>;
}

/**
 * Per-file facts by content hash, kept in the cache directory: a run over
 * files seen before partitions them without reading a text twice or
 * scanning it. The disk copy is read on first use; what it holds is checked
 * entry by entry, and a corrupt or wrongly shaped entry (or file) is only a
 * miss. Without a directory the store lives for the run only. Whoever owns
 * a run (or, later, a session) owns its store: there is no shared state.
 */
export class FactsStore {
  private loaded: Map<string, unknown> | undefined;
  private readonly known = new Map<string, FileFacts>();
  private changed = false;

  constructor(
    /** Its directory (in the cache directory, apart from the result entries it trims); undefined keeps the facts in memory. */
    private readonly dir: string | undefined,
    /** Where computed facts are counted (`factsComputed`). */
    private readonly work?: WorkCounts,
    private readonly max = MAX_FACTS,
  ) {}

  /**
   * The facts of the file with content hash `hash`; `text` gives its text
   * when they must be computed. Undefined without a hash (unreadable file).
   */
  get(hash: string | undefined, text: () => string | undefined): FileFacts | undefined {
    if (hash === undefined) return undefined;
    let facts = this.known.get(hash);
    if (facts) return facts;
    const stored = this.stored().get(hash);
    if (isFileFacts(stored)) {
      facts = stored;
    } else {
      const t = text();
      if (t === undefined) return undefined;
      facts = factsOf(t);
      if (this.work) this.work.factsComputed++;
      this.changed = true;
    }
    this.known.set(hash, facts);
    return facts;
  }

  /**
   * Writes the store back if this run computed facts: those it used first,
   * then older ones, up to {@link MAX_FACTS}. Failures are ignored (a
   * read-only or full disk only costs the next run its scans).
   */
  save(): void {
    if (!this.dir || !this.changed) return;
    const files: Record<string, unknown> = {};
    let n = 0;
    for (const [hash, facts] of this.known) if (n++ < this.max) files[hash] = facts;
    for (const [hash, facts] of this.stored()) if (!(hash in files) && n++ < this.max) files[hash] = facts;
    const out: Stored = { format: FORMAT, version: buildId(), files };
    const file = path.join(this.dir, FACTS_FILE);
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const gitignore = path.join(this.dir, '.gitignore');
      if (!fs.existsSync(gitignore)) fs.writeFileSync(gitignore, '*\n');
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(out));
      fs.renameSync(tmp, file);
      this.changed = false;
    } catch {
      // the next run computes them again
    }
  }

  /** The entries on disk (read once), or none when the file is missing, corrupt or of another build. */
  private stored(): Map<string, unknown> {
    if (this.loaded) return this.loaded;
    this.loaded = new Map();
    if (!this.dir) return this.loaded;
    try {
      const data = JSON.parse(fs.readFileSync(path.join(this.dir, FACTS_FILE), 'utf8')) as Partial<Stored> | null;
      if (data?.format === FORMAT && data.version === buildId() && typeof data.files === 'object' && data.files !== null && !Array.isArray(data.files)) {
        for (const [hash, facts] of Object.entries(data.files)) this.loaded.set(hash, facts);
      }
    } catch {
      // missing or corrupt: every file is a miss
    }
    return this.loaded;
  }
}
