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
exports.scanImports = exports.mayHoldEntries = void 0;
exports.partition = partition;
exports.partitionByFacts = partitionByFacts;
const path = __importStar(require("path"));
const resolve_1 = require("../analyze/resolve");
const facts_1 = require("../facts/facts");
// the scans moved to facts/ (they give per-file facts); kept here for code that imports them from the partition
var scan_1 = require("../facts/scan");
Object.defineProperty(exports, "mayHoldEntries", { enumerable: true, get: function () { return scan_1.mayHoldEntries; } });
Object.defineProperty(exports, "scanImports", { enumerable: true, get: function () { return scan_1.scanImports; } });
/**
 * Splits files into groups that can be analyzed independently. A harness
 * or host driver in one module decides params in the modules it imports, so
 * a file is grouped with the imported files that can hold entries. Shared
 * libraries without entries (a golden harness, configs) do not join groups:
 * they are loaded read-only wherever they are imported. The imports are read
 * from the text with a light scan; the pipeline checks each group's real
 * imports after parsing and merges groups the scan missed. `isFile` says
 * what exists on disk (a run passes its session's memory).
 */
function partition(files, readText, isFile = (0, resolve_1.existsMemo)()) {
    return partitionByFacts(files, (file) => {
        const text = readText(file);
        return text === undefined ? undefined : (0, facts_1.factsOf)(text);
    }, isFile);
}
/**
 * {@link partition} from per-file facts (by absolute path; undefined for a
 * file that cannot be read), e.g. from a {@link FactsStore}: no text is read.
 */
function partitionByFacts(files, factsAt, isFile = (0, resolve_1.existsMemo)()) {
    const index = new Map(files.map((f, i) => [path.resolve(f), i]));
    const parent = files.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const union = (a, b) => {
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb)
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    const factsByFile = new Map();
    const factsOfFile = (file) => {
        if (!factsByFile.has(file))
            factsByFile.set(file, factsAt(file));
        return factsByFile.get(file);
    };
    const mayHold = (file) => factsOfFile(file)?.mayHoldEntries ?? false;
    const exists = (file) => index.has(file) || isFile(file);
    const resolved = new Map();
    const resolve = (dir, dotted, level) => {
        // files of one directory import the same modules: resolve each (dir, module) once
        const key = `${level}:${dotted}:${dir}`;
        let hit = resolved.get(key);
        if (hit === undefined)
            resolved.set(key, (hit = (0, resolve_1.importCandidates)(dir, dotted, level, exists).find(exists) ?? null));
        return hit;
    };
    const imports = (file) => importedFiles(file, factsOfFile(file), resolve);
    // the analysis follows imports through modules without entries (a shared spec builder
    // importing a model's module), so the partition does too, or the group is analyzed twice
    const reachedThrough = new Map();
    const holdersBehind = (file, seen) => {
        const known = reachedThrough.get(file);
        if (known)
            return known;
        const out = new Set();
        seen.add(file);
        for (const next of imports(file)) {
            const j = index.get(next);
            if (j !== undefined && mayHold(next))
                out.add(j);
            else if (!seen.has(next))
                for (const k of holdersBehind(next, seen))
                    out.add(k);
        }
        reachedThrough.set(file, out);
        return out;
    };
    files.forEach((file, i) => {
        if (factsOfFile(path.resolve(file)) === undefined)
            return;
        for (const j of holdersBehind(path.resolve(file), new Set()))
            union(i, j);
    });
    const groups = new Map();
    files.forEach((f, i) => {
        const root = find(i);
        groups.set(root, [...(groups.get(root) ?? []), f]);
    });
    return [...groups.values()];
}
/** The files a module's imports resolve to (the first existing candidate of each). */
function importedFiles(file, facts, resolve) {
    if (facts === undefined)
        return [];
    const dir = path.dirname(file);
    const out = [];
    for (const { dotted, level } of facts.imports) {
        const target = resolve(dir, dotted, level);
        if (target)
            out.push(target);
    }
    return out;
}
//# sourceMappingURL=partition.js.map