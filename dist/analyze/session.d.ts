import type { ToolError } from '../errors';
import type { ParsedModule } from '../parse/module';
import { type ListingTrace } from './listings';
import { KeptReadings } from './golden/memo';
/**
 * The outcome of checking a file's edits: applied and verified, refused
 * (the file does not compile), or failed verification.
 */
export type VerifyOutcome = {
    kind: 'ok';
    output: string;
} | {
    kind: 'refused';
    error: ToolError;
} | {
    kind: 'failed';
    error: ToolError;
};
/** How many parses of analyzed files a session keeps (the least recently used go first). */
export declare const MAX_ANALYZED_PARSES = 128;
/** How many directory listings a session keeps before it starts over. */
export declare const MAX_LISTINGS = 20000;
/** How many outcomes of edit checks a session keeps (the oldest go first). */
export declare const MAX_VERIFIED = 256;
/**
 * What analyses share while one owner lives: a run of the tool, a worker
 * thread, or a language-server workspace. Nothing of it is module state, so
 * two sessions (two workspaces, a worker and the main thread) never see each
 * other's memory.
 */
export declare class AnalysisSession {
    readonly retain: boolean;
    /**
     * @param retain whether analyzed files' parses and edit checks are kept
     * for the next run (a language server's workspace: it analyzes the same
     * group again after each edit). A run of the CLI frees each group's trees
     * instead, so its memory follows the largest group.
     */
    constructor(retain?: boolean);
    /**
     * Golden readings kept across runs (a retaining session): a golden
     * function whose syntax and looked-up values did not change is not read
     * again after an edit elsewhere.
     */
    readonly readings: KeptReadings | undefined;
    /** Directory listings kept across runs (a retaining session on a case-sensitive file system). */
    private readonly listings;
    /** Parsed library modules (no pypto entries), by resolved path, reused by the groups that import them. */
    readonly libraries: Map<string, ParsedModule>;
    /** Parses of analyzed files (files that may hold entries), by resolved path, least recently used first. */
    private readonly analyzed;
    private regions;
    /**
     * Outcomes of checking edits, by file, text hash and edits: a language
     * server re-analyzes the same unchanged files after each edit, and
     * re-parsing and verifying their edits is a pure function of these.
     */
    readonly verified: Map<string, VerifyOutcome>;
    /**
     * `fs.existsSync` with a memory for the run: imports probe the same
     * candidates again and again, and files do not come and go mid-run.
     */
    exists: (file: string) => boolean;
    /**
     * Starts a run: what exists on disk is asked again (files may have come
     * and gone since the last run); parsed libraries stay, as each is checked
     * against the file's bytes before reuse.
     */
    startRun(): void;
    /**
     * An existence test that records which directories it listed, for a
     * result that may be reused while they hold the same (see
     * {@link listingsUnchanged}); undefined where the session keeps no listings.
     */
    tracedExists(trace: ListingTrace): ((file: string) => boolean) | undefined;
    /** Whether the directories a traced existence test listed still hold what they held. */
    listingsUnchanged(trace: ListingTrace): boolean;
    /**
     * The kept parse of an analyzed file, if it was parsed from the same bytes
     * under the same name (messages name the file as it was given).
     */
    analyzedParse(key: string, file: string, bytes: Uint8Array): ParsedModule | undefined;
    /** Keeps the parse of an analyzed file, dropping the least recently used beyond {@link MAX_ANALYZED_PARSES}. */
    keepAnalyzedParse(key: string, parsed: ParsedModule): void;
    /** Keeps the outcome of an edit check, dropping the oldest beyond {@link MAX_VERIFIED}. */
    remember(key: string, outcome: VerifyOutcome): void;
    /** A number for a harness region, unique in the session (paths of one region are decided together). */
    nextRegion(): number;
    /** Drops kept golden readings that hold trees of parses no longer kept. Call after a group, as its parses are replaced. */
    trimReadings(): void;
    /**
     * Frees the oldest shared library parses beyond `max`. Only call between
     * groups, when no project holds their trees.
     */
    trimLibraries(max: number): void;
}
