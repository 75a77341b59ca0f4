"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.DirListings = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/** The stamp of a path that does not exist (or cannot be read). */
const MISSING = '-';
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
class DirListings {
    dirs = new Map();
    /** Directories read (listed) so far: a work count for tests and benchmarks. */
    reads = 0;
    /** Where a listing answers as `fs.existsSync` does (names compared exactly). */
    static supported() {
        return process.platform === 'linux';
    }
    /** How many directories are remembered (for the session's bound). */
    get size() {
        return this.dirs.size;
    }
    /** Forgets every listing (e.g. beyond a bound). */
    clear() {
        this.dirs.clear();
    }
    /**
     * An existence test for one run: each directory is checked at most once
     * against its stamp during the run, and each answer is remembered.
     */
    existsForRun(trace) {
        const checked = new Map();
        const answers = new Map();
        const listing = (dir) => {
            let hit = checked.get(dir);
            if (hit)
                return hit;
            // a directory its parent's listing (checked this run already) does not name does not exist, nor
            // does anything under a missing directory or a file: no system call
            const parent = path.dirname(dir);
            const up = parent !== dir ? checked.get(parent) : undefined;
            const name = path.basename(dir);
            if (up && !up.unlisted && !up.links.has(name) && !up.names?.has(name))
                hit = { stamp: MISSING, names: null, links: new Set(), unlisted: false };
            else {
                hit = this.read(dir);
                trace?.dirs.add(dir);
            }
            checked.set(dir, hit);
            return hit;
        };
        return (file) => {
            let hit = answers.get(file);
            if (hit !== undefined)
                return hit;
            const dir = path.dirname(file);
            const name = path.basename(file);
            const l = dir === file || !name ? undefined : listing(dir);
            if (!l || l.unlisted || l.links.has(name)) {
                if (trace)
                    trace.asked = true;
                hit = fs.existsSync(file);
            }
            else
                hit = !!l.names?.has(name);
            answers.set(file, hit);
            return hit;
        };
    }
    /**
     * Whether the directories a run listed (see {@link ListingTrace}) still
     * hold what they held: one `stat` each, no listing read.
     */
    unchanged(trace) {
        if (trace.asked)
            return false;
        for (const dir of trace.dirs) {
            const kept = this.dirs.get(dir);
            if (!kept || !kept.stamp || stampOf(dir) !== kept.stamp)
                return false;
        }
        return true;
    }
    /** The listing of a directory: the kept one if its stamp still holds, else read now. */
    read(dir) {
        let st;
        try {
            st = fs.statSync(dir, { throwIfNoEntry: false });
        }
        catch {
            st = undefined;
        }
        if (!st) {
            const missing = { stamp: MISSING, names: null, links: new Set(), unlisted: false };
            this.dirs.set(dir, missing);
            return missing;
        }
        const stamp = stampOf(dir, st);
        const kept = this.dirs.get(dir);
        if (kept && kept.stamp === stamp)
            return kept;
        const listing = { stamp: Date.now() - Math.max(st.mtimeMs, st.ctimeMs) < 2000 ? '' : stamp, names: st.isDirectory() ? new Set() : null, links: new Set(), unlisted: false };
        try {
            if (listing.names) {
                this.reads++;
                for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
                    if (e.isSymbolicLink())
                        listing.links.add(e.name);
                    else
                        listing.names.add(e.name);
                }
            }
        }
        catch {
            listing.unlisted = true;
            listing.stamp = '';
        }
        this.dirs.set(dir, listing);
        return listing;
    }
}
exports.DirListings = DirListings;
/** Kind, inode, modification and change times of a path ({@link MISSING} when it cannot be read). */
function stampOf(dir, st) {
    try {
        st ??= fs.statSync(dir, { throwIfNoEntry: false });
    }
    catch {
        st = undefined;
    }
    return st ? `${st.isDirectory() ? 'd' : 'f'}${st.ino}:${st.mtimeMs}:${st.ctimeMs}` : MISSING;
}
//# sourceMappingURL=listings.js.map