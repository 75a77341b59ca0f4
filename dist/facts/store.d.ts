import type { WorkCounts } from '../work';
import { FileFacts } from './facts';
/** Files whose facts are kept on disk (those used by the latest run first). */
export declare const MAX_FACTS = 20000;
/** The store's file in the cache directory. */
export declare const FACTS_FILE = "facts.json";
/**
 * Per-file facts by content hash, kept in the cache directory: a run over
 * files seen before partitions them without reading a text twice or
 * scanning it. The disk copy is read on first use; what it holds is checked
 * entry by entry, and a corrupt or wrongly shaped entry (or file) is only a
 * miss. Without a directory the store lives for the run only. Whoever owns
 * a run (or, later, a session) owns its store: there is no shared state.
 */
export declare class FactsStore {
    /** Its directory (in the cache directory, apart from the result entries it trims); undefined keeps the facts in memory. */
    private readonly dir;
    /** Where computed facts are counted (`factsComputed`). */
    private readonly work?;
    private readonly max;
    private loaded;
    private readonly known;
    private changed;
    constructor(
    /** Its directory (in the cache directory, apart from the result entries it trims); undefined keeps the facts in memory. */
    dir: string | undefined, 
    /** Where computed facts are counted (`factsComputed`). */
    work?: WorkCounts | undefined, max?: number);
    /**
     * The facts of the file with content hash `hash`; `text` gives its text
     * when they must be computed. Undefined without a hash (unreadable file).
     */
    get(hash: string | undefined, text: () => string | undefined): FileFacts | undefined;
    /**
     * Writes the store back if this run computed facts: those it used first,
     * then older ones, up to {@link MAX_FACTS}. Failures are ignored (a
     * read-only or full disk only costs the next run its scans).
     */
    save(): void;
    /** The entries on disk (read once), or none when the file is missing, corrupt or of another build. */
    private stored;
}
