import * as fs from 'fs';
import * as path from 'path';

/** What a directory held when it was read, and the stamp that says it still does. */
interface Listing {
  /** Inode, modification and change times of the directory; '' when too recent to trust next run. */
  stamp: string;
  /** Entry names; null when the directory does not exist (or is not a directory). */
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
  existsForRun(): (file: string) => boolean {
    const checked = new Map<string, Listing>();
    const answers = new Map<string, boolean>();
    const listing = (dir: string): Listing => {
      let hit = checked.get(dir);
      if (hit) return hit;
      const parent = path.dirname(dir);
      // a directory its parent's listing does not name does not exist: no system call
      if (parent !== dir) {
        const up = listing(parent);
        const name = path.basename(dir);
        if (!up.unlisted && !up.links.has(name) && !up.names?.has(name)) hit = { stamp: '', names: null, links: new Set(), unlisted: false };
      }
      hit ??= this.read(dir);
      checked.set(dir, hit);
      return hit;
    };
    return (file) => {
      let hit = answers.get(file);
      if (hit !== undefined) return hit;
      const dir = path.dirname(file);
      const name = path.basename(file);
      if (dir === file || !name) hit = fs.existsSync(file);
      else {
        const l = listing(dir);
        hit = l.unlisted || l.links.has(name) ? fs.existsSync(file) : !!l.names?.has(name);
      }
      answers.set(file, hit);
      return hit;
    };
  }

  /** The listing of a directory: the kept one if its stamp still holds, else read now. */
  private read(dir: string): Listing {
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(dir, { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    if (!st || !st.isDirectory()) {
      this.dirs.delete(dir);
      return { stamp: '', names: null, links: new Set(), unlisted: false };
    }
    const stamp = `${st.ino}:${st.mtimeMs}:${st.ctimeMs}`;
    const kept = this.dirs.get(dir);
    if (kept && kept.stamp === stamp) return kept;
    const listing: Listing = { stamp: Date.now() - Math.max(st.mtimeMs, st.ctimeMs) < 2000 ? '' : stamp, names: new Set(), links: new Set(), unlisted: false };
    try {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isSymbolicLink()) listing.links.add(e.name);
        else listing.names!.add(e.name);
      }
    } catch {
      listing.unlisted = true;
      listing.stamp = '';
    }
    this.dirs.set(dir, listing);
    return listing;
  }
}
