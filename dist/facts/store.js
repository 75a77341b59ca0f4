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
exports.FactsStore = exports.FACTS_FILE = exports.MAX_FACTS = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const build_id_1 = require("../build-id");
const facts_1 = require("./facts");
/** Bumped when the facts change meaning or shape. */
const FORMAT = 1;
/** Files whose facts are kept on disk (those used by the latest run first). */
exports.MAX_FACTS = 20_000;
/** The store's file in the cache directory. */
exports.FACTS_FILE = 'facts.json';
/**
 * Per-file facts by content hash, kept in the cache directory: a run over
 * files seen before partitions them without reading a text twice or
 * scanning it. The disk copy is read on first use; what it holds is checked
 * entry by entry, and a corrupt or wrongly shaped entry (or file) is only a
 * miss. Without a directory the store lives for the run only. Whoever owns
 * a run (or, later, a session) owns its store: there is no shared state.
 */
class FactsStore {
    dir;
    work;
    max;
    loaded;
    known = new Map();
    changed = false;
    constructor(
    /** Its directory (in the cache directory, apart from the result entries it trims); undefined keeps the facts in memory. */
    dir, 
    /** Where computed facts are counted (`factsComputed`). */
    work, max = exports.MAX_FACTS) {
        this.dir = dir;
        this.work = work;
        this.max = max;
    }
    /**
     * The facts of the file with content hash `hash`; `text` gives its text
     * when they must be computed. Undefined without a hash (unreadable file).
     */
    get(hash, text) {
        if (hash === undefined)
            return undefined;
        let facts = this.known.get(hash);
        if (facts)
            return facts;
        const stored = this.stored().get(hash);
        if ((0, facts_1.isFileFacts)(stored)) {
            facts = stored;
        }
        else {
            const t = text();
            if (t === undefined)
                return undefined;
            facts = (0, facts_1.factsOf)(t);
            if (this.work)
                this.work.factsComputed++;
            this.changed = true;
        }
        this.known.set(hash, facts);
        return facts;
    }
    /**
     * Writes the store back if this run computed facts: those it used first,
     * then older ones, up to {@link MAX_FACTS}. Failures are ignored (a
     * read-only or full disk only costs the next run its scans).
     */
    save() {
        if (!this.dir || !this.changed)
            return;
        const files = {};
        let n = 0;
        for (const [hash, facts] of this.known)
            if (n++ < this.max)
                files[hash] = facts;
        for (const [hash, facts] of this.stored())
            if (!(hash in files) && n++ < this.max)
                files[hash] = facts;
        const out = { format: FORMAT, version: (0, build_id_1.buildId)(), files };
        const file = path.join(this.dir, exports.FACTS_FILE);
        try {
            fs.mkdirSync(this.dir, { recursive: true });
            const gitignore = path.join(this.dir, '.gitignore');
            if (!fs.existsSync(gitignore))
                fs.writeFileSync(gitignore, '*\n');
            const tmp = `${file}.${process.pid}.tmp`;
            fs.writeFileSync(tmp, JSON.stringify(out));
            fs.renameSync(tmp, file);
            this.changed = false;
        }
        catch {
            // the next run computes them again
        }
    }
    /** The entries on disk (read once), or none when the file is missing, corrupt or of another build. */
    stored() {
        if (this.loaded)
            return this.loaded;
        this.loaded = new Map();
        if (!this.dir)
            return this.loaded;
        try {
            const data = JSON.parse(fs.readFileSync(path.join(this.dir, exports.FACTS_FILE), 'utf8'));
            if (data?.format === FORMAT && data.version === (0, build_id_1.buildId)() && typeof data.files === 'object' && data.files !== null && !Array.isArray(data.files)) {
                for (const [hash, facts] of Object.entries(data.files))
                    this.loaded.set(hash, facts);
            }
        }
        catch {
            // missing or corrupt: every file is a miss
        }
        return this.loaded;
    }
}
exports.FactsStore = FactsStore;
//# sourceMappingURL=store.js.map