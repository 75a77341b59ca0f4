import * as fs from 'fs';
import * as path from 'path';

/** The stamp of a path that does not exist (or cannot be read). */
const MISSING = '-';

/** What a directory held when it was read, and the stamp that says it still does. */
interface Listing {
  /** Kind, inode, modification and change times of the path; '' when too recent to trust next run. */
  stamp: string;
  /** Entry names; null when the path does not exist or is not a directory. */
  names: Set<string> | null;
  /** Entries that are symbolic links: whether they lead anywhere is asked of the file system. */
  links: Set<string>;
  /** The directory cannot be listed (no read permission): each question goes to the file system. */
  unlisted: boolean;
}

/**
 * Directory listings kept across the runs of a long-lived session (a
 * language server), so that the import probes of a run (thousands of
 * `fs.existsSync` calls, most for files that do not exist) cost one `stat`
 * per directory instead. A listing is reused while its directory's inode,
 * modification and change times are the same (adding, removing or renaming
 * an entry changes them); a listing read within two seconds of its
 * directory's change is read again next run (a coarse clock could hide a
 * later change). Answers equal `fs.existsSync` on a case-sensitive file
 * system: {@link DirListings.supported} says where it is used.
 */
export class DirListings {
  private readonly dirs = new Map<string, Listing>();
  /** Directories read (listed) so far: a work count for tests and benchmarks. */
  reads = 0;

  /** Where a listing answers as `fs.existsSync` does (names compared exactly). */
  static supported(): boolean {
    return process.platform === 'linux';
  }

  /** How many directories are remembered (for the session's bound). */
  get size(): number {
    return this.dirs.size;
  }

  /** Forgets every listing (e.g. beyond a bound). */
  clear(): void {
    this.dirs.clear();
  }

  /**
   * An existence test for one run: each directory is checked at most once
   * against its stamp during the run, and each answer is remembered.
   */
  existsForRun(trace?: ListingTrace): (file: string) => boolean {
    const checked = new Map<string, Listing>();
    const answers = new Map<string, boolean>();
    const listing = (dir: string): Listing => {
      let hit = checked.get(dir);
      if (hit) return hit;
      // a directory its parent's listing (checked this run already) does not name does not exist, nor
      // does anything under a missing directory or a file: no system call
      const parent = path.dirname(dir);
      const up = parent !== dir ? checked.get(parent) : undefined;
      const name = path.basename(dir);
      if (up && !up.unlisted && !up.links.has(name) && !up.names?.has(name)) hit = { stamp: MISSING, names: null, links: new Set(), unlisted: false };
      else {
        hit = this.read(dir);
        trace?.dirs.add(dir);
      }
      checked.set(dir, hit);
      return hit;
    };
    return (file) => {
      let hit = answers.get(file);
      if (hit !== undefined) return hit;
      const dir = path.dirname(file);
      const name = path.basename(file);
      const l = dir === file || !name ? undefined : listing(dir);
      if (!l || l.unlisted || l.links.has(name)) {
        if (trace) trace.asked = true;
        hit = fs.existsSync(file);
      } else hit = !!l.names?.has(name);
      answers.set(file, hit);
      return hit;
    };
  }

  /**
   * Whether the directories a run listed (see {@link ListingTrace}) still
   * hold what they held: one `stat` each, no listing read.
   */
  unchanged(trace: ListingTrace): boolean {
    if (trace.asked) return false;
    for (const dir of trace.dirs) {
      const kept = this.dirs.get(dir);
      if (!kept || !kept.stamp || stampOf(dir) !== kept.stamp) return false;
    }
    return true;
  }

  /** The listing of a directory: the kept one if its stamp still holds, else read now. */
  private read(dir: string): Listing {
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(dir, { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    if (!st) {
      const missing: Listing = { stamp: MISSING, names: null, links: new Set(), unlisted: false };
      this.dirs.set(dir, missing);
      return missing;
    }
    const stamp = stampOf(dir, st);
    const kept = this.dirs.get(dir);
    if (kept && kept.stamp === stamp) return kept;
    const listing: Listing = { stamp: Date.now() - Math.max(st.mtimeMs, st.ctimeMs) < 2000 ? '' : stamp, names: st.isDirectory() ? new Set() : null, links: new Set(), unlisted: false };
    try {
      if (listing.names) {
        this.reads++;
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          if (e.isSymbolicLink()) listing.links.add(e.name);
          else listing.names.add(e.name);
        }
      }
    } catch {
      listing.unlisted = true;
      listing.stamp = '';
    }
    this.dirs.set(dir, listing);
    return listing;
  }
}

/**
 * The directories a run's existence test listed (their listings are kept),
 * and whether it asked the file system directly (a link, an unlisted folder,
 * the root): what {@link DirListings.unchanged} checks.
 */
export interface ListingTrace {
  dirs: Set<string>;
  asked: boolean;
}

/** Kind, inode, modification and change times of a path ({@link MISSING} when it cannot be read). */
function stampOf(dir: string, st?: fs.Stats): string {
  try {
    st ??= fs.statSync(dir, { throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  return st ? `${st.isDirectory() ? 'd' : 'f'}${st.ino}:${st.mtimeMs}:${st.ctimeMs}` : MISSING;
}
