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
exports.FolderPartitions = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const facts_1 = require("../facts/facts");
const partition_1 = require("../run/partition");
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
class FolderPartitions {
    session;
    facts = new Map();
    last = new Map();
    constructor(session) {
        this.session = session;
    }
    /** The import groups of `files` (a folder's Python files), `overlay` holding the unsaved buffers. */
    groups(folder, files, overlay) {
        const factsByFile = new Map();
        for (const f of files)
            factsByFile.set(path.resolve(f), this.factsOf(path.resolve(f), overlay));
        // what the partition reads of each file: its facts (their content, not the text they came from)
        const key = JSON.stringify(files.map((f) => [f, factsByFile.get(path.resolve(f)) ?? null]));
        const kept = this.last.get(folder);
        const same = (extra) => [...extra].every(([f, json]) => JSON.stringify(this.factsOf(f, overlay) ?? null) === json);
        if (kept && kept.key === key && same(kept.extra) && this.session.listingsUnchanged(kept.trace))
            return kept.groups;
        const trace = { dirs: new Set(), asked: false };
        const exists = this.session.tracedExists(trace);
        // files outside the list whose facts the partition reads (modules it follows imports through)
        const extra = new Map();
        const factsAt = (f) => {
            if (factsByFile.has(f))
                return factsByFile.get(f);
            const facts = this.factsOf(f, overlay);
            extra.set(f, JSON.stringify(facts ?? null));
            return facts;
        };
        const groups = (0, partition_1.partitionByFacts)(files, factsAt, exists);
        if (exists)
            this.last.set(folder, { key, extra, trace, groups });
        else
            this.last.delete(folder);
        return groups;
    }
    /** Forgets what was kept for folders no longer in the workspace. */
    keepOnly(folders) {
        const inside = (f) => folders.some((d) => f.startsWith(d.endsWith(path.sep) ? d : d + path.sep));
        for (const f of this.last.keys())
            if (!folders.includes(f))
                this.last.delete(f);
        for (const f of this.facts.keys())
            if (!inside(f))
                this.facts.delete(f);
    }
    factsOf(file, overlay) {
        const buffer = overlay.get(file);
        if (buffer)
            return (0, facts_1.factsOf)(Buffer.from(buffer).toString('utf8'));
        let st;
        try {
            st = fs.statSync(file, { throwIfNoEntry: false });
        }
        catch {
            st = undefined;
        }
        const stamp = st ? `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}` : '';
        const kept = this.facts.get(file);
        if (kept && stamp && kept.stamp === stamp)
            return kept.facts;
        let facts;
        try {
            facts = (0, facts_1.factsOf)(fs.readFileSync(file).toString('utf8'));
        }
        catch {
            facts = undefined;
        }
        // a file changed within two seconds of being read may change again without its times moving (a coarse clock)
        if (st && Date.now() - Math.max(st.mtimeMs, st.ctimeMs) >= 2000)
            this.facts.set(file, { stamp, facts });
        else
            this.facts.delete(file);
        return facts;
    }
}
exports.FolderPartitions = FolderPartitions;
//# sourceMappingURL=partitions.js.map