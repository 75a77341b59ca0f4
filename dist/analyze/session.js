"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AnalysisSession = void 0;
const resolve_1 = require("./resolve");
/**
 * What analyses share while one owner lives: a run of the tool, a worker
 * thread, or a language-server workspace. Nothing of it is module state, so
 * two sessions (two workspaces, a worker and the main thread) never see each
 * other's memory.
 */
class AnalysisSession {
    /** Parsed library modules (no pypto entries), by resolved path, reused by the groups that import them. */
    libraries = new Map();
    regions = 0;
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
        this.exists = (0, resolve_1.existsMemo)();
    }
    /** A number for a harness region, unique in the session (paths of one region are decided together). */
    nextRegion() {
        return ++this.regions;
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