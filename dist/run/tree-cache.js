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
exports.TreeCache = exports.MAX_TREE_ENTRIES = void 0;
exports.treeCacheDir = treeCacheDir;
exports.encodeTree = encodeTree;
exports.decodeTree = decodeTree;
exports.isWholeTreeFile = isWholeTreeFile;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const build_id_1 = require("../build-id");
const durable_1 = require("../durable");
const grammar_1 = require("../parse/grammar");
const module_1 = require("../parse/module");
const source_1 = require("../parse/source");
const syntax_tree_1 = require("../parse/syntax-tree");
/** Bumped when the stored layout changes. */
const FORMAT = 1;
/** Marks the files (and their byte order: a file written on another byte order reads as foreign). */
const MAGIC = 0x50445431;
/** Tree files kept; the oldest quarter goes when there are more (a pypto-lib run stores about 200). */
exports.MAX_TREE_ENTRIES = 4096;
const HEADER_WORDS = 4; // magic, format, node count, text length
const DIGEST_BYTES = 32;
/**
 * Syntax trees of files that parsed cleanly, stored by the content hash of
 * the file and the tool's build, so that a run after an edit parses only
 * the edited file: the other files of its import group (and the modules
 * they import) come back as they were read out of tree-sitter. A tree is
 * a pure function of the bytes and the build, so a hit is exactly the tree
 * a parse would give. Only files with no syntax or layout error are stored
 * (a refused file is parsed again, and refused again, with its message).
 * A damaged, truncated or foreign file is a miss, never an error.
 */
class TreeCache {
    dir;
    maxEntries;
    written = false;
    /**
     * @param dir where tree files live
     * @param maxEntries how many tree files to keep
     */
    constructor(dir, maxEntries = exports.MAX_TREE_ENTRIES) {
        this.dir = dir;
        this.maxEntries = maxEntries;
    }
    /**
     * Parses a file, or reads its stored tree. Errors are those of
     * {@link parseModule}. `work` counts a parse only when one happens (a
     * stored tree costs none).
     */
    async parse(file, bytes, work) {
        const key = keyOf(bytes);
        const stored = await this.load(key, file, bytes);
        if (stored)
            return stored;
        return this.parseNow(file, bytes, work, key);
    }
    async parseNow(file, bytes, work, key) {
        work.filesParsed++;
        const parsed = await (0, module_1.parseModule)(file, bytes);
        work.syntaxNodes += parsed.tree.size;
        this.save(key, parsed.tree);
        return parsed;
    }
    async load(key, file, bytes) {
        let data;
        try {
            data = fs.readFileSync(this.file(key));
        }
        catch {
            return undefined;
        }
        const source = (0, source_1.decodeSource)(bytes, file); // the stored tree was of this text: it decoded then
        const language = (await (0, grammar_1.getParser)()).language;
        const cols = decodeTree(data, key, source.text.length, language.types.length, language.fields.length);
        if (!cols)
            return undefined;
        return { path: file, source, tree: (0, syntax_tree_1.restoreTree)(source.text, language, cols), bytes };
    }
    save(key, tree) {
        try {
            if (!this.written) {
                (0, durable_1.makeDirs)(this.dir);
                this.written = true;
            }
            (0, durable_1.replaceFile)(this.file(key), encodeTree(tree, key), { durable: false });
        }
        catch {
            // a read-only or full disk: the next run parses again
        }
    }
    file(key) {
        return path.join(this.dir, `${key}.tree`);
    }
    /** Keeps the newest `maxEntries` trees (each edited version of a file makes one). */
    evict() {
        try {
            (0, durable_1.removeStaleTemps)(this.dir);
            const entries = fs.readdirSync(this.dir).filter((f) => f.endsWith('.tree'));
            if (entries.length <= this.maxEntries)
                return;
            const byAge = entries.map((f) => ({ f, t: fs.statSync(path.join(this.dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
            for (const { f } of byAge.slice(0, entries.length - this.maxEntries + this.maxEntries / 4))
                fs.rmSync(path.join(this.dir, f), { force: true });
        }
        catch {
            // another run trimming at the same time: harmless
        }
    }
}
exports.TreeCache = TreeCache;
/** Where a result cache directory keeps trees. */
function treeCacheDir(cacheDir) {
    return path.join(cacheDir, 'trees');
}
/** The name of a file's tree: its bytes and the build that reads them. */
function keyOf(bytes) {
    return (0, crypto_1.createHash)('sha256').update(`tree:${FORMAT}:${(0, build_id_1.buildId)()}\0`).update(bytes).digest('hex').slice(0, 40);
}
/**
 * Bytes of a stored tree: header, the 32-bit columns, the 16-bit ones,
 * flags, then the sha256 of the key and all that (a file stored under
 * another key does not pass for this one).
 */
function encodeTree(tree, key) {
    const cols = (0, syntax_tree_1.treeColumns)(tree);
    const n = cols.size;
    const body = Buffer.alloc(4 * HEADER_WORDS + n * (4 * 3 + 2 * 2 + 1));
    const header = new Uint32Array(body.buffer, body.byteOffset, HEADER_WORDS);
    header.set([MAGIC, FORMAT, n, tree.text.length]);
    let at = 4 * HEADER_WORDS;
    for (const a of [cols.start, cols.end, cols.parent, cols.typeId, cols.fieldId, cols.flags]) {
        const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
        bytes.copy(body, at);
        at += bytes.length;
    }
    return Buffer.concat([body, digestOf(key, body)]);
}
/**
 * The columns of a stored tree, if the file is intact and stored under
 * this key (its digest matches),
 * of this layout, about a text of this length, and a well-formed tree: node
 * 0 is the root, every other node's parent comes before it (pre-order),
 * spans lie inside the text and inside their parent's, type and field ids
 * exist in the grammar. Anything else is undefined: a miss.
 */
function decodeTree(data, key, textLength, typeCount, fieldCount) {
    if (data.length < 4 * HEADER_WORDS + DIGEST_BYTES)
        return undefined;
    // own, aligned memory: the typed arrays below are views of it
    const copy = new Uint8Array(data.length);
    copy.set(data);
    const buf = copy.buffer;
    const [magic, format, n, length] = new Uint32Array(buf, 0, HEADER_WORDS);
    if (magic !== MAGIC || format !== FORMAT || length !== textLength || n < 1)
        return undefined;
    const bodyBytes = 4 * HEADER_WORDS + n * (4 * 3 + 2 * 2 + 1);
    if (data.length !== bodyBytes + DIGEST_BYTES)
        return undefined;
    if (!digestOf(key, copy.subarray(0, bodyBytes)).equals(copy.subarray(bodyBytes)))
        return undefined;
    let at = 4 * HEADER_WORDS;
    const take = (make, width) => {
        const a = make(at);
        at += n * width;
        return a;
    };
    const start = take((o) => new Uint32Array(buf, o, n), 4);
    const end = take((o) => new Uint32Array(buf, o, n), 4);
    const parent = take((o) => new Int32Array(buf, o, n), 4);
    const typeId = take((o) => new Uint16Array(buf, o, n), 2);
    const fieldId = take((o) => new Uint16Array(buf, o, n), 2);
    const flags = take((o) => new Uint8Array(buf, o, n), 1);
    if (parent[0] !== -1)
        return undefined;
    for (let k = 0; k < n; k++) {
        const p = parent[k];
        if (typeId[k] >= typeCount || fieldId[k] >= fieldCount || start[k] > end[k] || end[k] > textLength)
            return undefined;
        if (k > 0 && (p < 0 || p >= k || start[k] < start[p] || end[k] > end[p]))
            return undefined;
    }
    return { size: n, typeId, fieldId, flags, start, end, parent };
}
function digestOf(key, body) {
    return (0, crypto_1.createHash)('sha256').update(`${key}\0`).update(body).digest();
}
/** Whether a tree file is exactly what was written under its name (not cut short, not changed). */
function isWholeTreeFile(file) {
    try {
        const data = fs.readFileSync(file);
        if (data.length < DIGEST_BYTES)
            return false;
        return digestOf(path.basename(file, '.tree'), data.subarray(0, data.length - DIGEST_BYTES)).equals(data.subarray(data.length - DIGEST_BYTES));
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=tree-cache.js.map