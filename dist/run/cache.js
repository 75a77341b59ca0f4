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
exports.writeEntry = writeEntry;
exports.readEntry = readEntry;
exports.unusableCacheDir = unusableCacheDir;
exports.hashBytes = hashBytes;
exports.runKey = runKey;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const build_id_1 = require("../build-id");
const source_1 = require("../parse/source");
const durable_1 = require("../durable");
const serialize_1 = require("./serialize");
const shape_1 = require("../shape");
/** Bumped when stored results change meaning (3: files CPython rejects are refused, issue 13; 4: entries carry their hash, issue 17). */
const FORMAT = 4;
/** Whole-run entries kept in the cache directory; the oldest quarter goes when it is full. */
const MAX_ENTRIES = 128;
/** Import-group entries kept (a run over pypto-lib stores about 60). */
exports.MAX_GROUP_ENTRIES = 4096;
/** The default cache directory name (like `.ruff_cache`). */
exports.CACHE_DIR = '.pypto-direction-cache';
const isEntry = (0, shape_1.object)({ format: (0, shape_1.literal)(FORMAT), version: shape_1.isString, deps: (0, shape_1.recordOf)(shape_1.isString), files: (0, shape_1.arrayOf)(serialize_1.isStoredFile) });
/**
 * Writes one cache entry file: a line with the sha256 of the JSON that
 * follows, then the JSON, written completely to a temporary file that is
 * then renamed into place. On a failure (a full disk, a read-only folder)
 * nothing is left behind and false is returned: the entry is absent, never
 * partial. Any kind of entry can use it, with `readEntry` and its shape.
 */
function writeEntry(file, value) {
    try {
        const json = JSON.stringify(value);
        (0, durable_1.replaceFile)(file, Buffer.from(`${hashBytes(Buffer.from(json))}\n${json}`), { durable: false });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * An entry written by `writeEntry`, if it is still exactly what was written
 * (its hash line matches: not truncated, not edited) and has the given shape;
 * undefined otherwise, so that a damaged entry is a cache miss and nothing more.
 */
function readEntry(file, shape) {
    try {
        const text = fs.readFileSync(file, 'utf8');
        const nl = text.indexOf('\n');
        if (nl < 0)
            return undefined;
        const json = text.slice(nl + 1);
        if (text.slice(0, nl) !== hashBytes(Buffer.from(json)))
            return undefined;
        const value = JSON.parse(json);
        return shape(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Makes the cache directory if needed and says why it cannot be used
 * (undefined when it can): a run then goes on without the cache.
 */
function unusableCacheDir(dir) {
    try {
        (0, durable_1.makeDirs)(dir);
        fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
        return undefined;
    }
    catch (e) {
        return e.code ?? 'error';
    }
}
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
     * The cached result for `key`, if its entry is intact, is about exactly the
     * files `covering`, and every dependency still hashes the same; anything
     * else is a miss. `files` reads and hashes the files (once per run, however
     * many lookups).
     */
    lookup(key, files, covering) {
        const entry = readEntry(this.file(key), isEntry);
        if (!entry || entry.version !== (0, build_id_1.buildId)() || !covers(entry, covering))
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
                if (!bytes || hashBytes(bytes) !== deps.get(abs))
                    return undefined;
                res.original = { ...(0, source_1.decodeSource)(bytes, f.path), bytes };
                const length = res.original.text.length;
                if ([...f.edits, ...f.fixes.flatMap((x) => x.edits)].some((e) => e.end > length))
                    return undefined;
            }
            results.push(res);
        }
        return { files: results, errors: [], deps };
    }
    /**
     * Stores a result with the content hash of every file it read. Failures are
     * ignored. `evict: false` leaves trimming to a later `evict()` (one per run).
     * A result with a file that could not be read (so has no hash) is not
     * stored: nothing would tell when to analyze it again.
     */
    store(key, result, deps, evict = true) {
        const entry = {
            format: FORMAT,
            version: (0, build_id_1.buildId)(),
            deps: Object.fromEntries([...deps].map(([file, hash]) => [path.resolve(file), hash])),
            files: result.files.map((f) => (0, serialize_1.storeFile)(f, false)),
        };
        if (!covers(entry, result.files.map((f) => f.path)))
            return;
        try {
            (0, durable_1.makeDirs)(this.dir);
            const gitignore = path.join(this.dir, '.gitignore');
            if (!fs.existsSync(gitignore))
                (0, durable_1.replaceFile)(gitignore, Buffer.from('*\n'), { durable: false });
        }
        catch {
            // a read-only tree or full disk: the next run is simply cold
            return;
        }
        if (writeEntry(this.file(key), entry) && evict)
            this.evict();
    }
    /** Keeps the newest `maxEntries` entries: every distinct set of paths makes one. */
    evict() {
        (0, durable_1.removeStaleTemps)(this.dir);
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
/**
 * Whether an entry is about exactly the files asked for (each once), and
 * hashes each of them: an entry about other files, or about none, is no
 * answer for these (`"files": []` once passed a folder with pending edits).
 */
function covers(entry, files) {
    const asked = files.map((f) => path.resolve(f)).sort();
    const stored = entry.files.map((f) => path.resolve(f.path)).sort();
    return asked.length === stored.length && asked.every((f, i) => f === stored[i] && Object.prototype.hasOwnProperty.call(entry.deps, f));
}
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