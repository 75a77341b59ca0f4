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
exports.FileHashes = exports.RACY_MS = exports.ResultCache = exports.CACHE_DIR = exports.MAX_GROUP_ENTRIES = void 0;
exports.writeEntry = writeEntry;
exports.readEntry = readEntry;
exports.unusableCacheDir = unusableCacheDir;
exports.hashBytes = hashBytes;
exports.runKey = runKey;
exports.statKey = statKey;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const build_id_1 = require("../build-id");
const source_1 = require("../parse/source");
const durable_1 = require("../durable");
const serialize_1 = require("./serialize");
const shape_1 = require("../shape");
const findings_1 = require("../decide/findings");
/**
 * Bumped when stored results change meaning (3: files CPython rejects are refused, issue 13; 4: entries
 * carry their hash, issue 17; 5: explanation-only findings in a separate body file, stat memo, issue 18).
 */
const FORMAT = 5;
/** Whole-run entries kept in the cache directory; the oldest quarter goes when it is full. */
const MAX_ENTRIES = 128;
/** Import-group entries kept (a run over pypto-lib stores about 60). */
exports.MAX_GROUP_ENTRIES = 4096;
/** The default cache directory name (like `.ruff_cache`). */
exports.CACHE_DIR = '.pypto-direction-cache';
const isEntry = (0, shape_1.object)({ format: (0, shape_1.literal)(FORMAT), version: shape_1.isString, deps: (0, shape_1.recordOf)(shape_1.isString), files: (0, shape_1.arrayOf)(serialize_1.isStoredFile), full: (0, shape_1.optional)(shape_1.isString), stats: (0, shape_1.optional)((0, shape_1.recordOf)(shape_1.isString)) });
const isBody = (0, shape_1.object)({ files: (0, shape_1.arrayOf)(serialize_1.isStoredFile) });
/**
 * Writes one cache entry file: a line with the sha256 of the JSON that
 * follows, then the JSON, written completely to a temporary file that is
 * then renamed into place. On a failure (a full disk, a read-only folder)
 * nothing is left behind and false is returned: the entry is absent, never
 * partial. Any kind of entry can use it, with `readEntry` and its shape.
 */
function writeEntry(file, value) {
    return writeHashedEntry(file, value) !== undefined;
}
/** `writeEntry`, answering the hash line written (undefined when nothing was written). */
function writeHashedEntry(file, value) {
    try {
        const json = JSON.stringify(value);
        const hash = hashBytes(Buffer.from(json));
        (0, durable_1.replaceFile)(file, Buffer.from(`${hash}\n${json}`), { durable: false });
        return hash;
    }
    catch {
        return undefined;
    }
}
/**
 * An entry written by `writeEntry`, if it is still exactly what was written
 * (its hash line matches: not truncated, not edited) and has the given shape;
 * undefined otherwise, so that a damaged entry is a cache miss and nothing more.
 */
function readEntry(file, shape, hash) {
    try {
        const text = fs.readFileSync(file, 'utf8');
        const nl = text.indexOf('\n');
        if (nl < 0)
            return undefined;
        const json = text.slice(nl + 1);
        if (text.slice(0, nl) !== hashBytes(Buffer.from(json)))
            return undefined;
        if (hash !== undefined && text.slice(0, nl) !== hash)
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
    split;
    /**
     * @param dir where entries live
     * @param maxEntries how many entries to keep
     * @param split store explanation-only findings in a body file of their own, so that a brief lookup
     *   (`check`, `fix`: most of a whole-run entry is `ok` findings with their evidence) reads a small entry
     */
    constructor(dir, maxEntries = MAX_ENTRIES, split = false) {
        this.dir = dir;
        this.maxEntries = maxEntries;
        this.split = split;
    }
    file(key) {
        return path.join(this.dir, `${key}.json`);
    }
    bodyFile(key) {
        return path.join(this.dir, `${key}.body`);
    }
    /**
     * The cached result for `key`, if its entry is intact, is about exactly the
     * files `covering`, and every dependency still hashes the same; anything
     * else is a miss. `files` reads and hashes the files (once per run, however
     * many lookups).
     */
    lookup(key, files, covering, brief = false) {
        const entry = readEntry(this.file(key), isEntry);
        if (!entry || entry.version !== (0, build_id_1.buildId)() || !covers(entry, covering))
            return undefined;
        const deps = new Map();
        for (const [file, hash] of Object.entries(entry.deps)) {
            if (!files.unchanged(file, hash, entry.stats?.[file]))
                return undefined;
            deps.set(file, hash);
        }
        let stored = entry.files;
        if (entry.full !== undefined && !brief) {
            // the body written with this entry (its hash is the one the entry names), about the same files
            const body = readEntry(this.bodyFile(key), isBody, entry.full);
            if (!body || body.files.length !== stored.length || body.files.some((f, i) => f.path !== stored[i].path))
                return undefined;
            stored = body.files;
        }
        const results = [];
        for (const f of stored) {
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
    store(key, result, deps, evict = true, hashes) {
        const files = result.files.map((f) => (0, serialize_1.storeFile)(f, false));
        const entry = {
            format: FORMAT,
            version: (0, build_id_1.buildId)(),
            deps: Object.fromEntries([...deps].map(([file, hash]) => [path.resolve(file), hash])),
            files,
        };
        if (hashes) {
            const stats = Object.entries(entry.deps).flatMap(([file, hash]) => {
                const stat = hashes.trustedStat(file, hash);
                return stat ? [[file, stat]] : [];
            });
            if (stats.length)
                entry.stats = Object.fromEntries(stats);
        }
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
        if (this.split && files.some((f) => f.findings.some(findings_1.explanationOnly))) {
            // the body first: an entry is never written naming a body that is not there
            const full = writeHashedEntry(this.bodyFile(key), { files });
            if (full === undefined)
                return;
            entry.files = files.map(briefFile);
            entry.full = full;
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
            for (const { f } of byAge.slice(0, entries.length - this.maxEntries + this.maxEntries / 4)) {
                fs.rmSync(path.join(this.dir, f), { force: true });
                fs.rmSync(path.join(this.dir, f.replace(/\.json$/, '.body')), { force: true });
            }
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
/**
 * A stored file with only the findings a brief lookup needs: the
 * explanation-only ones go, and each fix's finding index follows its finding.
 */
function briefFile(f) {
    const fixed = new Set([...f.fixes, ...(f.withheld ?? [])].map((x) => x.finding));
    const kept = [];
    f.findings.forEach((x, i) => {
        if (!(0, findings_1.explanationOnly)(x) || fixed.has(i))
            kept.push(i);
    });
    const at = new Map(kept.map((old, i) => [old, i]));
    const remap = (xs) => xs.map((x) => ({ finding: at.get(x.finding), edits: x.edits }));
    return { ...f, findings: kept.map((i) => f.findings[i]), fixes: remap(f.fixes), ...(f.withheld ? { withheld: remap(f.withheld) } : {}) };
}
/**
 * How recently (ms) a file may have changed for its stat to be no proof of
 * its content: more than any file system's timestamp granularity (FAT: 2 s)
 * and the coarse kernel clock that stamps writes.
 */
exports.RACY_MS = 2000;
/**
 * A file's identity and change stamps: device, inode, size, and mtime and
 * ctime in nanoseconds; undefined when it is not a readable regular file.
 * ctime cannot be set back (`utimes` sets it to now), so content rewritten
 * with its size and mtime restored still gets a new stamp.
 */
function statKey(file) {
    try {
        const s = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
        return s?.isFile() ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : undefined;
    }
    catch {
        return undefined;
    }
}
/** The ctime (ms) in a `statKey`. */
function ctimeMs(key) {
    return Number(BigInt(key.slice(key.lastIndexOf(':') + 1)) / 1000000n);
}
/**
 * Reads files and hashes each at most once: one run looks up many entries
 * sharing dependencies.
 *
 * The stat memo (git's index with its racy-clean rule): when `stat` is
 * given, each hash is computed from bytes read just after the file's stat
 * was taken. A stat is stored with an entry only if the file's ctime was
 * then more than `RACY_MS` older than the moment of the stat
 * (`trustedStat`): any later change to the file stamps a ctime of at least
 * that moment, so the stat can no longer match. A later lookup that finds
 * the very same stat trusts the stored hash without reading the file
 * (`unchanged`); any difference in device, inode, size, mtime or ctime, or
 * no stored stat, means the file is read and hashed. What stat cannot see
 * (a clock set back, a file system that does not keep ctime) is not
 * covered: `--no-cache` always reads everything.
 */
class FileHashes {
    read;
    stat;
    racyMs;
    hashes = new Map();
    /** The stat taken just before each hash's read, with the time it was taken. */
    stats = new Map();
    /**
     * @param read a file's bytes (an override, or the disk)
     * @param stat a file's `statKey`, undefined where the stat says nothing about what `read` gives (an override)
     * @param racyMs see `RACY_MS` (tests change it)
     */
    constructor(read, stat, racyMs = exports.RACY_MS) {
        this.read = read;
        this.stat = stat;
        this.racyMs = racyMs;
    }
    /** The content hash of a file, undefined if it cannot be read. */
    hash(file) {
        let h = this.hashes.get(file);
        if (h === undefined) {
            const at = Date.now();
            const key = this.stat?.(file);
            const bytes = this.read(file);
            if (key && bytes)
                this.stats.set(file, { key, at });
            this.hashes.set(file, (h = bytes ? hashBytes(bytes) : null));
        }
        return h ?? undefined;
    }
    /** Whether a file still hashes to `hash`: without reading it when its stat is the trusted `stat` stored with the hash. */
    unchanged(file, hash, stat) {
        if (stat !== undefined && !this.hashes.has(file) && this.stat?.(file) === stat) {
            this.hashes.set(file, hash);
            // still trusted: its ctime is older than when it was first trusted, older still than now
            this.stats.set(file, { key: stat, at: Date.now() });
            return true;
        }
        return this.hash(file) === hash;
    }
    /** The stat to store with a file's hash, if it proves the content (see the class comment); undefined otherwise. */
    trustedStat(file, hash) {
        if (this.hash(file) !== hash)
            return undefined;
        const s = this.stats.get(file);
        return s && ctimeMs(s.key) < s.at - this.racyMs ? s.key : undefined;
    }
    /** A file's bytes, read now. */
    bytes(file) {
        return this.read(file);
    }
}
exports.FileHashes = FileHashes;
//# sourceMappingURL=cache.js.map