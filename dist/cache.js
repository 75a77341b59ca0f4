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
exports.ResultCache = exports.CACHE_DIR = void 0;
exports.hashBytes = hashBytes;
exports.runKey = runKey;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const source_1 = require("./parse/source");
const serialize_1 = require("./serialize");
const VERSION = require('../package.json').version;
const FORMAT = 1;
/** Entries kept in the cache directory; the oldest quarter goes when it is full. */
const MAX_ENTRIES = 128;
/** The default cache directory name (like `.ruff_cache`). */
exports.CACHE_DIR = '.pypto-direction-cache';
/** sha256 of bytes, hex. */
function hashBytes(bytes) {
    return (0, crypto_1.createHash)('sha256').update(bytes).digest('hex');
}
/** The key of a run: tool version, options and the set of analyzed files. */
function runKey(files, options) {
    return (0, crypto_1.createHash)('sha256')
        .update(JSON.stringify({ FORMAT, VERSION, options, files: files.map((f) => path.resolve(f)).sort() }))
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
    constructor(dir) {
        this.dir = dir;
    }
    file(key) {
        return path.join(this.dir, `${key}.json`);
    }
    /**
     * The cached result for `key`, if every dependency still hashes the same.
     * `read` returns a file's bytes (or undefined if unreadable).
     */
    lookup(key, read) {
        let entry;
        try {
            entry = JSON.parse(fs.readFileSync(this.file(key), 'utf8'));
        }
        catch {
            return undefined;
        }
        if (entry?.format !== FORMAT || entry.version !== VERSION || typeof entry.deps !== 'object' || !Array.isArray(entry.files))
            return undefined;
        const bytesOf = new Map();
        for (const [file, hash] of Object.entries(entry.deps)) {
            const bytes = read(file);
            if (!bytes || hashBytes(bytes) !== hash)
                return undefined;
            bytesOf.set(file, bytes);
        }
        const files = entry.files.map((f) => {
            const res = (0, serialize_1.loadFile)(f);
            const bytes = bytesOf.get(path.resolve(f.path));
            if (bytes && !f.error && f.edits.length)
                res.original = { ...(0, source_1.decodeSource)(bytes, f.path), bytes };
            return res;
        });
        return { files, errors: [] };
    }
    /** Stores a result with the content hash of every file it read. Failures are ignored. */
    store(key, result, deps) {
        const entry = {
            format: FORMAT,
            version: VERSION,
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
            this.evict();
        }
        catch {
            // a read-only tree or full disk: the next run is simply cold
        }
    }
    /** Keeps the newest MAX_ENTRIES entries: every distinct set of paths makes one. */
    evict() {
        const entries = fs.readdirSync(this.dir).filter((f) => f.endsWith('.json'));
        if (entries.length <= MAX_ENTRIES)
            return;
        const byAge = entries
            .map((f) => ({ f, t: fs.statSync(path.join(this.dir, f)).mtimeMs }))
            .sort((a, b) => a.t - b.t);
        for (const { f } of byAge.slice(0, entries.length - MAX_ENTRIES + MAX_ENTRIES / 4))
            fs.rmSync(path.join(this.dir, f), { force: true });
    }
}
exports.ResultCache = ResultCache;
//# sourceMappingURL=cache.js.map