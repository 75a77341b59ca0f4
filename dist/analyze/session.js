"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AnalysisSession = exports.MAX_VERIFIED = exports.MAX_LISTINGS = exports.MAX_ANALYZED_PARSES = void 0;
const listings_1 = require("./listings");
const memo_1 = require("./golden/memo");
const resolve_1 = require("./resolve");
/** How many parses of analyzed files a session keeps (the least recently used go first). */
exports.MAX_ANALYZED_PARSES = 128;
/** How many directory listings a session keeps before it starts over. */
exports.MAX_LISTINGS = 20000;
/** How many outcomes of edit checks a session keeps (the oldest go first). */
exports.MAX_VERIFIED = 256;
/**
 * What analyses share while one owner lives: a run of the tool, a worker
 * thread, or a language-server workspace. Nothing of it is module state, so
 * two sessions (two workspaces, a worker and the main thread) never see each
 * other's memory.
 */
class AnalysisSession {
    retain;
    /**
     * @param retain whether analyzed files' parses and edit checks are kept
     * for the next run (a language server's workspace: it analyzes the same
     * group again after each edit). A run of the CLI frees each group's trees
     * instead, so its memory follows the largest group.
     */
    constructor(retain = false) {
        this.retain = retain;
        this.listings = retain && listings_1.DirListings.supported() ? new listings_1.DirListings() : undefined;
        this.readings = retain ? new memo_1.KeptReadings() : undefined;
    }
    /**
     * Golden readings kept across runs (a retaining session): a golden
     * function whose syntax and looked-up values did not change is not read
     * again after an edit elsewhere.
     */
    readings;
    /** Directory listings kept across runs (a retaining session on a case-sensitive file system). */
    listings;
    /** Parsed library modules (no pypto entries), by resolved path, reused by the groups that import them. */
    libraries = new Map();
    /** Parses of analyzed files (files that may hold entries), by resolved path, least recently used first. */
    analyzed = new Map();
    regions = 0;
    /**
     * Outcomes of checking edits, by file, text hash and edits: a language
     * server re-analyzes the same unchanged files after each edit, and
     * re-parsing and verifying their edits is a pure function of these.
     */
    verified = new Map();
    /**
     * `fs.existsSync` with a memory for the run: imports probe the same
     * candidates again and again, and files do not come and go mid-run.
     */
    exists = (0, resolve_1.existsMemo)();
    /**
     * Starts a run: what exists on disk is asked again (files may have come
     * and gone since the last run); parsed libraries stay, as each is checked
     * against the file's bytes before reuse.
     */
    startRun() {
        if (this.listings && this.listings.size > exports.MAX_LISTINGS)
            this.listings.clear();
        this.exists = this.listings ? this.listings.existsForRun() : (0, resolve_1.existsMemo)();
    }
    /**
     * An existence test that records which directories it listed, for a
     * result that may be reused while they hold the same (see
     * {@link listingsUnchanged}); undefined where the session keeps no listings.
     */
    tracedExists(trace) {
        return this.listings?.existsForRun(trace);
    }
    /** Whether the directories a traced existence test listed still hold what they held. */
    listingsUnchanged(trace) {
        return !!this.listings?.unchanged(trace);
    }
    /**
     * The kept parse of an analyzed file, if it was parsed from the same bytes
     * under the same name (messages name the file as it was given).
     */
    analyzedParse(key, file, bytes) {
        const kept = this.analyzed.get(key);
        if (!kept || kept.path !== file || !Buffer.from(kept.bytes).equals(bytes))
            return undefined;
        this.analyzed.delete(key);
        this.analyzed.set(key, kept);
        return kept;
    }
    /** Keeps the parse of an analyzed file, dropping the least recently used beyond {@link MAX_ANALYZED_PARSES}. */
    keepAnalyzedParse(key, parsed) {
        if (!this.retain)
            return;
        this.analyzed.delete(key);
        this.analyzed.set(key, parsed);
        for (const old of this.analyzed.keys()) {
            if (this.analyzed.size <= exports.MAX_ANALYZED_PARSES)
                break;
            this.analyzed.delete(old);
        }
    }
    /** Keeps the outcome of an edit check, dropping the oldest beyond {@link MAX_VERIFIED}. */
    remember(key, outcome) {
        if (!this.retain)
            return;
        this.verified.delete(key);
        this.verified.set(key, outcome);
        for (const old of this.verified.keys()) {
            if (this.verified.size <= exports.MAX_VERIFIED)
                break;
            this.verified.delete(old);
        }
    }
    /** A number for a harness region, unique in the session (paths of one region are decided together). */
    nextRegion() {
        return ++this.regions;
    }
    /** Drops kept golden readings that hold trees of parses no longer kept. Call after a group, as its parses are replaced. */
    trimReadings() {
        if (!this.readings?.size)
            return;
        this.readings.keepOnly(new Set([...this.analyzed.values(), ...this.libraries.values()].map((p) => p.tree)));
    }
    /**
     * Frees the oldest shared library parses beyond `max`. Only call between
     * groups, when no project holds their trees.
     */
    trimLibraries(max) {
        for (const [key, parsed] of this.libraries) {
            if (this.libraries.size <= max)
                break;
            this.libraries.delete(key);
            parsed.tree.delete();
        }
    }
}
exports.AnalysisSession = AnalysisSession;
//# sourceMappingURL=session.js.map