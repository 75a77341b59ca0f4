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
exports.DEFAULT_OPTIONS = exports.GROUP_HEAP_MB = void 0;
exports.analyzePaths = analyzePaths;
exports.analyzeFiles = analyzeFiles;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const analyze_group_1 = require("./analyze-group");
const resolve_1 = require("./analyze/resolve");
const cache_1 = require("./cache");
const discover_1 = require("./discover/discover");
const partition_1 = require("./partition");
const apply_1 = require("./rewrite/apply");
const workers_1 = require("./workers");
const memory_1 = require("./memory");
/** Heap size past which the garbage of finished groups is collected. */
exports.GROUP_HEAP_MB = 64;
exports.DEFAULT_OPTIONS = { evidence: 'all', respectGitignore: true, specClasses: [], harnessFunctions: [], workers: 0 };
/** Discovers Python files under `paths` and analyzes them. */
async function analyzePaths(paths, options = {}) {
    const opts = { ...exports.DEFAULT_OPTIONS, ...options };
    const found = (0, discover_1.discover)(paths, { respectGitignore: opts.respectGitignore, include: opts.include, exclude: opts.exclude, base: opts.configDir });
    const roots = paths.filter((p) => fs.existsSync(p)).map((p) => path.resolve(fs.statSync(p).isDirectory() ? p : path.dirname(p)));
    const result = await analyzeFiles(found.files, opts, roots);
    result.errors.unshift(...found.errors);
    return result;
}
/**
 * Analyzes the given files together (imports between them and to modules on
 * disk are followed, read-only), decides every entry param, and computes and
 * verifies the edits. Nothing is written.
 */
async function analyzeFiles(files, options = {}, roots) {
    const opts = { ...exports.DEFAULT_OPTIONS, ...options };
    (0, resolve_1.resetExistsCache)();
    const cache = opts.cacheDir && !opts.overrides ? new cache_1.ResultCache(opts.cacheDir) : undefined;
    const key = (0, cache_1.runKey)(files, { evidence: opts.evidence, specClasses: opts.specClasses, harnessFunctions: opts.harnessFunctions, roots });
    const hit = cache?.lookup(key, tryRead);
    if (hit) {
        // edits were verified when stored; the files hash the same, so they apply as they are
        for (const f of hit.files)
            if (f.original && f.edits.length)
                f.output = (0, apply_1.applyEdits)(f.original.text, f.edits);
        return hit;
    }
    const { files: results, read } = await analyzeInGroups(files, opts, roots);
    const result = { files: results, errors: [] };
    cache?.store(key, result, read);
    return result;
}
/**
 * Analyzes independent groups of files one after another (or in worker
 * threads), freeing each group's trees before the next, so memory follows
 * the largest group rather than the whole tree. Groups whose real imports
 * reach into another group are merged and analyzed again.
 */
async function analyzeInGroups(files, opts, roots) {
    const all = new Set(files.map((f) => path.resolve(f)));
    let groups = opts.partition === false ? [files] : (0, partition_1.partition)(files, readText(opts));
    const byFile = new Map();
    const read = new Map();
    for (let round = 0; groups.length; round++) {
        // a merged group re-analyzes files already counted: progress is reported for the first round only
        const o = round === 0 ? opts : { ...opts, onProgress: undefined };
        const run = (g) => (0, analyze_group_1.analyzeGroup)(g, o, roots, all);
        const outcomes = o.workers > 1 && groups.length > 1 && !o.overrides ? await (0, workers_1.runInWorkers)(groups, o, roots, all) : await sequential(groups, run, o, files.length);
        const redo = [];
        const groupOf = new Map(groups.flatMap((g, i) => g.map((f) => [path.resolve(f), i])));
        outcomes.forEach((o, i) => {
            // a group that reached into another: analyze both whole groups together
            const others = [...new Set(o.strays.map((s) => groupOf.get(s) ?? -1))].filter((j) => j !== i);
            if (others.length && round < 3)
                redo.push(groups[i].concat(...others.map((j) => (j >= 0 ? groups[j] : o.strays))));
            for (const f of o.files)
                byFile.set(path.resolve(f.path), f);
            for (const [k, v] of o.read)
                read.set(k, v);
        });
        groups = mergeOverlapping(redo, files);
    }
    return { files: files.map((f) => byFile.get(path.resolve(f))), read };
}
async function sequential(groups, run, opts, total) {
    const out = [];
    let done = 0;
    for (const g of groups) {
        out.push(await run(g));
        done += g.length;
        opts.onProgress?.(done, total);
        (0, memory_1.collectIfAbove)(exports.GROUP_HEAP_MB);
    }
    return out;
}
/** Groups to analyze again, merged where they share files; names as the caller gave them. */
function mergeOverlapping(groups, files) {
    const given = new Map(files.map((f) => [path.resolve(f), f]));
    const merged = [];
    for (const g of groups) {
        const set = new Set(g.map((f) => path.resolve(f)));
        for (let i = merged.length - 1; i >= 0; i--) {
            if ([...merged[i]].some((f) => set.has(f))) {
                for (const f of merged[i])
                    set.add(f);
                merged.splice(i, 1);
            }
        }
        merged.push(set);
    }
    return merged.map((s) => [...s].map((f) => given.get(f) ?? f));
}
function readText(opts) {
    return (file) => {
        const bytes = opts.overrides?.get(path.resolve(file)) ?? tryRead(file);
        return bytes && Buffer.from(bytes).toString('utf8');
    };
}
function tryRead(file) {
    try {
        return fs.readFileSync(file);
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=pipeline.js.map