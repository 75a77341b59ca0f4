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
const cache_1 = require("./cache");
const discover_1 = require("../discover/discover");
const work_1 = require("../work");
/** Heap size past which the garbage of finished groups is collected. */
exports.GROUP_HEAP_MB = 64;
exports.DEFAULT_OPTIONS = { evidence: 'all', respectGitignore: true, specClasses: [], harnessFunctions: [], workers: 0 };
/** Discovers Python files under `paths` and analyzes them, each real file once (see `uniqueByRealPath`). */
async function analyzePaths(paths, options = {}) {
    const opts = { ...exports.DEFAULT_OPTIONS, ...options };
    const found = (0, discover_1.discover)(paths, { respectGitignore: opts.respectGitignore, include: opts.include, exclude: opts.exclude, base: opts.configDir });
    const roots = paths.filter((p) => fs.existsSync(p)).map((p) => path.resolve(fs.statSync(p).isDirectory() ? p : path.dirname(p)));
    const result = await analyzeFiles((0, discover_1.uniqueByRealPath)(found.files), opts, roots);
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
    const cache = opts.cacheDir ? new cache_1.ResultCache(opts.cacheDir, undefined, true) : undefined;
    const key = (0, cache_1.runKey)(files, runOptions(opts, roots));
    // overridden contents (stdin, an editor's buffers) are hashed as analyzed: a hit needs the same contents again
    const hashes = new cache_1.FileHashes((f) => opts.overrides?.get(path.resolve(f)) ?? tryRead(f), (f) => (opts.overrides?.has(path.resolve(f)) ? undefined : (0, cache_1.statKey)(f)));
    const work = new work_1.WorkCounts();
    const hit = cache?.lookup(key, hashes, files, opts.explanations === false);
    if (hit)
        return { files: withOutputs(hit.files), errors: [], work };
    // loaded only past a whole-run miss: a warm run does not pay for the analysis machinery
    const { AnalysisSession } = require('../analyze/session');
    const { FactsStore } = require('../facts/store');
    const session = opts.session ?? new AnalysisSession();
    session.startRun();
    const groupCache = cache && { cache: new cache_1.ResultCache(path.join(opts.cacheDir, 'groups'), cache_1.MAX_GROUP_ENTRIES), hashes };
    // facts by content hash: the partition and the group cache read no text twice and scan none seen before
    // (without a cache, facts live for this run only: a file's path is key enough, and nothing is hashed)
    const store = new FactsStore(opts.cacheDir && path.join(opts.cacheDir, 'facts'), work);
    const facts = (file) => store.get(opts.cacheDir ? hashes.hash(file) : `path:${file}`, () => decodeLoosely(hashes.bytes(file)));
    const { files: results, read } = await analyzeInGroups(files, { ...opts, session }, roots, work, facts, groupCache);
    groupCache?.cache.evict();
    if (opts.cacheDir && work.groups) {
        // loaded only after an analysis (which loaded it already): a run answered from the cache never does
        const { TreeCache, treeCacheDir } = await Promise.resolve().then(() => __importStar(require('./tree-cache')));
        new TreeCache(treeCacheDir(opts.cacheDir)).evict();
    }
    store.save();
    const result = { files: results, errors: [], work };
    cache?.store(key, result, read, true, hashes);
    return result;
}
/** What, besides the files, a cached result depends on. */
function runOptions(opts, roots) {
    return { evidence: opts.evidence, specClasses: opts.specClasses, harnessFunctions: opts.harnessFunctions, roots, rules: opts.rules, era: opts.era, unsafeFixes: !!opts.unsafeFixes, warnings: opts.warnings !== false };
}
/** Cached files with their fixed text: edits were verified when stored and the files hash the same. */
function withOutputs(files) {
    // loaded only when some file has edits: an unchanged clean tree's warm run does not pay for the rewriter
    let apply;
    for (const f of files)
        if (f.original && f.edits.length)
            f.output = (apply ??= require('../rewrite/apply').applyEdits)(f.original.text, f.edits);
    return files;
}
/**
 * Analyzes independent groups of files one after another (or in worker
 * threads), freeing each group's trees before the next, so memory follows
 * the largest group rather than the whole tree. Groups whose real imports
 * reach into another group are merged and analyzed again.
 */
async function analyzeInGroups(files, opts, roots, work, facts, groupCache) {
    const all = new Set(files.map((f) => path.resolve(f)));
    let groups = opts.groups ?? (opts.partition === false ? [files] : require('./partition').partitionByFacts(files, facts, opts.session?.exists));
    const byFile = new Map();
    const read = new Map();
    const cached = cachedGroups(groupCache, opts, roots, all, facts);
    for (let round = 0; groups.length; round++) {
        // a merged group re-analyzes files already counted: progress is reported for the first round only
        const o = round === 0 ? opts : { ...opts, onProgress: undefined };
        const hits = groups.map((g) => cached.lookup(g));
        const misses = groups.filter((_, i) => !hits[i]);
        const fromCache = files.length - misses.reduce((n, g) => n + g.length, 0);
        const fresh = misses.length ? await analyzeMisses(misses, o, roots, all, files.length, fromCache) : [];
        fresh.forEach((r, k) => {
            cached.store(misses[k], r);
            work.add(r.work);
        });
        const outcomes = hits.map((h) => h ?? fresh.shift());
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
/** Analyzes groups that had no cache entry; the analyzer is loaded only when there are some. */
async function analyzeMisses(groups, opts, roots, all, total, already) {
    if (opts.workers > 1 && groups.length > 1 && !opts.overrides)
        return (await Promise.resolve().then(() => __importStar(require('./workers')))).runInWorkers(groups, opts, roots, all);
    const { analyzeGroup } = await Promise.resolve().then(() => __importStar(require('./analyze-group')));
    return sequential(groups, (g) => analyzeGroup(g, opts, roots, all, opts.session), opts, total, already);
}
async function sequential(groups, run, opts, total, already = 0) {
    const out = [];
    let done = already;
    for (const g of groups) {
        opts.signal?.throwIfAborted();
        // the garbage of the groups before is collected before the next one, not after the last (a server's run is one group)
        if (out.length)
            require('./memory').collectIfAbove(exports.GROUP_HEAP_MB);
        out.push(await run(g));
        done += g.length;
        opts.onProgress?.(done, total);
    }
    return out;
}
/**
 * Results of whole import groups, by the group's files and the run's
 * options: after an edit to one file only its group is analyzed again. A
 * group is stored only when it reached into no other group, and a hit is
 * used only if that still holds: no file it read is now an analyzed file of
 * another group that may hold entries.
 */
function cachedGroups(store, opts, roots, all, facts) {
    const keyOf = (g) => (0, cache_1.runKey)(g, { group: true, ...runOptions(opts, roots) });
    const mayHold = (file) => facts(file)?.mayHoldEntries ?? false;
    return {
        lookup(group) {
            const hit = store?.cache.lookup(keyOf(group), store.hashes, group);
            if (!hit)
                return undefined;
            const own = new Set(group.map((f) => path.resolve(f)));
            const strays = [...hit.deps.keys()].filter((f) => all.has(f) && !own.has(f) && mayHold(f));
            if (strays.length)
                return undefined;
            return { files: withOutputs(hit.files), read: hit.deps, strays: [], work: new work_1.WorkCounts() };
        },
        store(group, result) {
            if (!result.strays.length && !result.files.some((f) => f.error))
                store?.cache.store(keyOf(group), result, result.read, false, store.hashes);
        },
    };
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
/** Text for the light scans (a BOM or invalid UTF-8 is no reason to skip one: the parse refuses such files). */
function decodeLoosely(bytes) {
    return bytes && Buffer.from(bytes).toString('utf8');
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