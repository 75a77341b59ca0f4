import type { ParsedModule } from '../parse/module';
/**
 * What analyses share while one owner lives: a run of the tool, a worker
 * thread, or a language-server workspace. Nothing of it is module state, so
 * two sessions (two workspaces, a worker and the main thread) never see each
 * other's memory.
 */
export declare class AnalysisSession {
    /** Parsed library modules (no pypto entries), by resolved path, reused by the groups that import them. */
    readonly libraries: Map<string, ParsedModule>;
    private regions;
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
    /** A number for a harness region, unique in the session (paths of one region are decided together). */
    nextRegion(): number;
    /**
     * Frees the oldest shared library parses beyond `max`. Only call between
     * groups, when no project holds their trees.
     */
    trimLibraries(max: number): void;
}
