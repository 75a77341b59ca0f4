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
exports.mayHoldEntries = mayHoldEntries;
exports.partition = partition;
exports.scanImports = scanImports;
const path = __importStar(require("path"));
const file_loads_1 = require("./analyze/file-loads");
const resolve_1 = require("./analyze/resolve");
/**
 * Whether a module's text can hold a pypto entry (it mentions
 * `pypto.language`). Only such modules can be decided by their importers.
 */
function mayHoldEntries(text) {
    return /pypto\.language|from[ \t]+pypto[ \t]+import[ \t][^\n]*\blanguage\b/.test(text);
}
/**
 * Splits files into groups that can be analyzed independently. A harness
 * or host driver in one module decides params in the modules it imports, so
 * a file is grouped with the imported files that can hold entries. Shared
 * libraries without entries (a golden harness, configs) do not join groups:
 * they are loaded read-only wherever they are imported. The imports are read
 * from the text with a light scan; the pipeline checks each group's real
 * imports after parsing and merges groups the scan missed.
 */
function partition(files, readText) {
    const index = new Map(files.map((f, i) => [path.resolve(f), i]));
    const parent = files.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const union = (a, b) => {
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb)
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    const isFile = (0, resolve_1.cachedExists)();
    const texts = new Map(files.map((f) => [path.resolve(f), readText(f)]));
    const textOf = (file) => {
        if (!texts.has(file))
            texts.set(file, readText(file));
        return texts.get(file);
    };
    const holdsEntries = new Map();
    const mayHold = (file) => {
        let known = holdsEntries.get(file);
        if (known === undefined)
            holdsEntries.set(file, (known = mayHoldEntries(textOf(file) ?? '')));
        return known;
    };
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
    const imports = (file) => importedFiles(file, textOf(file), resolve);
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
        if (textOf(path.resolve(file)) === undefined)
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
function importedFiles(file, text, resolve) {
    if (text === undefined)
        return [];
    const dir = path.dirname(file);
    const out = [];
    for (const { dotted, level } of scanImports(text)) {
        const target = resolve(dir, dotted, level);
        if (target)
            out.push(target);
    }
    return out;
}
/** Module names a source imports, from a line-based scan (any nesting level). */
function scanImports(text) {
    const out = [];
    const re = /(?:^|;)[ \t]*(?:from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)|import[ \t]+([^\n#;]+))/gm;
    for (const m of text.matchAll(re)) {
        if (m[4] !== undefined) {
            for (const part of m[4].split(',')) {
                const name = part.trim().split(/\s+/)[0];
                if (!/^[\w.]+$/.test(name))
                    continue;
                const pieces = name.split('.');
                for (let k = 1; k <= pieces.length; k++)
                    out.push({ dotted: pieces.slice(0, k).join('.'), level: 0 });
            }
            continue;
        }
        const level = m[1].length;
        const base = m[2];
        out.push({ dotted: base, level });
        for (const part of m[3].replace(/[()\\]/g, ' ').split(',')) {
            const name = part.trim().split(/\s+/)[0];
            if (/^\w+$/.test(name))
                out.push({ dotted: base ? `${base}.${name}` : name, level });
        }
    }
    for (const name of (0, file_loads_1.fileLoadedModules)(text))
        out.push({ dotted: name, level: 1 });
    return out;
}
//# sourceMappingURL=partition.js.map