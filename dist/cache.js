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
exports.FileHashes = exports.ResultCache = exports.CACHE_DIR = exports.MAX_GROUP_ENTRIES = void 0;
exports.hashBytes = hashBytes;
exports.runKey = runKey;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const build_id_1 = require("./build-id");
const source_1 = require("./parse/source");
const serialize_1 = require("./serialize");
/** Bumped when stored results change meaning (3: files CPython rejects are refused, issue 13). */
const FORMAT = 3;
/** Whole-run entries kept in the cache directory; the oldest quarter goes when it is full. */
const MAX_ENTRIES = 128;
/** Import-group entries kept (a run over pypto-lib stores about 60). */
exports.MAX_GROUP_ENTRIES = 4096;
/** The default cache directory name (like `.ruff_cache`). */
exports.CACHE_DIR = '.pypto-direction-cache';
/** sha256 of bytes, hex. */
function hashBytes(bytes) {
    return (0, crypto_1.createHash)('sha256').update(bytes).digest('hex');
}
/** The key of a run: tool build, options and the set of analyzed files. */
function runKey(files, options) {
    return (0, crypto_1.createHash)('sha256')
        .update(JSON.stringify({ FORMAT, VERSION: (0, build_id_1.buildId)(), options, files: files.map((f) => path.resolve(f)).sort() }))
        .digest('hex')
        .slice(0, 32);
}
/**
 * A content-hash cache of whole-run results: a run over the same files with
 * the same options, where no file it read has changed, reuses the previous
 * findings and edits without parsing anything. A corrupt, unreadable or
 * unwritable cache only costs a cold run; it is never an error.
 */
class ResultCache {
    dir;
    maxEntries;
    /**
     * @param dir where entries live
     * @param maxEntries how many entries to keep
     */
    constructor(dir, maxEntries = MAX_ENTRIES) {
        this.dir = dir;
        this.maxEntries = maxEntries;
    }
    file(key) {
        return path.join(this.dir, `${key}.json`);
    }
    /**
     * The cached result for `key`, if every dependency still hashes the same.
     * `files` reads and hashes the files (once per run, however many lookups).
     */
    lookup(key, files) {
        let entry;
        try {
            entry = JSON.parse(fs.readFileSync(this.file(key), 'utf8'));
        }
        catch {
            return undefined;
        }
        if (entry?.format !== FORMAT || entry.version !== (0, build_id_1.buildId)() || typeof entry.deps !== 'object' || !Array.isArray(entry.files))
            return undefined;
        const deps = new Map();
        for (const [file, hash] of Object.entries(entry.deps)) {
            if (files.hash(file) !== hash)
                return undefined;
            deps.set(file, hash);
        }
        const results = [];
        for (const f of entry.files) {
            const res = (0, serialize_1.loadFile)(f);
            if (!f.error && f.edits.length) {
                // the source is needed to apply the edits: it must still be what was hashed
                const abs = path.resolve(f.path);
                const bytes = files.bytes(abs);
                if (!bytes || !deps.has(abs) || hashBytes(bytes) !== deps.get(abs))
                    return undefined;
                res.original = { ...(0, source_1.decodeSource)(bytes, f.path), bytes };
            }
            results.push(res);
        }
        return { files: results, errors: [], deps };
    }
    /**
     * Stores a result with the content hash of every file it read. Failures are
     * ignored. `evict: false` leaves trimming to a later `evict()` (one per run).
     */
    store(key, result, deps, evict = true) {
        const entry = {
            format: FORMAT,
            version: (0, build_id_1.buildId)(),
            deps: Object.fromEntries([...deps].map(([file, hash]) => [path.resolve(file), hash])),
            files: result.files.map((f) => (0, serialize_1.storeFile)(f, false)),
        };
        try {
            fs.mkdirSync(this.dir, { recursive: true });
            const gitignore = path.join(this.dir, '.gitignore');
            if (!fs.existsSync(gitignore))
                fs.writeFileSync(gitignore, '*\n');
            const tmp = `${this.file(key)}.${process.pid}.tmp`;
            fs.writeFileSync(tmp, JSON.stringify(entry));
            fs.renameSync(tmp, this.file(key));
            if (evict)
                this.evict();
        }
        catch {
            // a read-only tree or full disk: the next run is simply cold
        }
    }
    /** Keeps the newest `maxEntries` entries: every distinct set of paths makes one. */
    evict() {
        try {
            const entries = fs.readdirSync(this.dir).filter((f) => f.endsWith('.json'));
            if (entries.length <= this.maxEntries)
                return;
            const byAge = entries
                .map((f) => ({ f, t: fs.statSync(path.join(this.dir, f)).mtimeMs }))
                .sort((a, b) => a.t - b.t);
            for (const { f } of byAge.slice(0, entries.length - this.maxEntries + this.maxEntries / 4))
                fs.rmSync(path.join(this.dir, f), { force: true });
        }
        catch {
            // another run trimming at the same time, or an unreadable directory: harmless
        }
    }
}
exports.ResultCache = ResultCache;
/** Reads files and hashes each at most once: one run looks up many entries sharing dependencies. */
class FileHashes {
    read;
    hashes = new Map();
    constructor(read) {
        this.read = read;
    }
    /** The content hash of a file, undefined if it cannot be read. */
    hash(file) {
        let h = this.hashes.get(file);
        if (h === undefined) {
            const bytes = this.read(file);
            this.hashes.set(file, (h = bytes ? hashBytes(bytes) : null));
        }
        return h ?? undefined;
    }
    /** A file's bytes, read now. */
    bytes(file) {
        return this.read(file);
    }
}
exports.FileHashes = FileHashes;
//# sourceMappingURL=cache.js.map