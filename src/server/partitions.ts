import * as fs from 'fs';
import * as path from 'path';
import type { AnalysisSession } from '../analyze/session';
import type { ListingTrace } from '../analyze/listings';
import { FileFacts, factsOf } from '../facts/facts';
import { partitionByFacts } from '../run/partition';

/** Facts of a file on disk and the stamp (inode, size, times) they were read at. */
interface KeptFacts {
  stamp: string;
  facts: FileFacts | undefined;
}

/**
 * A workspace folder's import groups, kept between the server's runs: a
 * run after an edit that changes no file's imports (most edits) and no
 * folder listing the partition read gets the same groups without reading
 * every file of the folder and resolving its imports again. Facts of files
 * on disk are kept while the file's inode, size and times hold (a file
 * changed within two seconds of being read is read again); an open buffer's
 * facts are taken from its text each run. Holds one partition per folder
 * and the facts of the files of the folders it was asked about.
 */
export class FolderPartitions {
  private readonly facts = new Map<string, KeptFacts>();
  private readonly last = new Map<string, { key: string; extra: Map<string, string>; trace: ListingTrace; groups: string[][] }>();

  constructor(private readonly session: AnalysisSession) {}

  /** The import groups of `files` (a folder's Python files), `overlay` holding the unsaved buffers. */
  groups(folder: string, files: string[], overlay: ReadonlyMap<string, Uint8Array>): string[][] {
    const factsByFile = new Map<string, FileFacts | undefined>();
    for (const f of files) factsByFile.set(path.resolve(f), this.factsOf(path.resolve(f), overlay));
    // what the partition reads of each file: its facts (their content, not the text they came from)
    const key = JSON.stringify(files.map((f) => [f, factsByFile.get(path.resolve(f)) ?? null]));
    const kept = this.last.get(folder);
    const same = (extra: Map<string, string>) => [...extra].every(([f, json]) => JSON.stringify(this.factsOf(f, overlay) ?? null) === json);
    if (kept && kept.key === key && same(kept.extra) && this.session.listingsUnchanged(kept.trace)) return kept.groups;
    const trace: ListingTrace = { dirs: new Set(), asked: false };
    const exists = this.session.tracedExists(trace);
    // files outside the list whose facts the partition reads (modules it follows imports through)
    const extra = new Map<string, string>();
    const factsAt = (f: string) => {
      if (factsByFile.has(f)) return factsByFile.get(f);
      const facts = this.factsOf(f, overlay);
      extra.set(f, JSON.stringify(facts ?? null));
      return facts;
    };
    const groups = partitionByFacts(files, factsAt, exists);
    if (exists) this.last.set(folder, { key, extra, trace, groups });
    else this.last.delete(folder);
    return groups;
  }

  /** Forgets what was kept for folders no longer in the workspace. */
  keepOnly(folders: string[]): void {
    const inside = (f: string) => folders.some((d) => f.startsWith(d.endsWith(path.sep) ? d : d + path.sep));
    for (const f of this.last.keys()) if (!folders.includes(f)) this.last.delete(f);
    for (const f of this.facts.keys()) if (!inside(f)) this.facts.delete(f);
  }

  private factsOf(file: string, overlay: ReadonlyMap<string, Uint8Array>): FileFacts | undefined {
    const buffer = overlay.get(file);
    if (buffer) return factsOf(Buffer.from(buffer).toString('utf8'));
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(file, { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    const stamp = st ? `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}` : '';
    const kept = this.facts.get(file);
    if (kept && stamp && kept.stamp === stamp) return kept.facts;
    let facts: FileFacts | undefined;
    try {
      facts = factsOf(fs.readFileSync(file).toString('utf8'));
    } catch {
      facts = undefined;
    }
    // a file changed within two seconds of being read may change again without its times moving (a coarse clock)
    if (st && Date.now() - Math.max(st.mtimeMs, st.ctimeMs) >= 2000) this.facts.set(file, { stamp, facts });
    else this.facts.delete(file);
    return facts;
  }
}
