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
exports.Project = exports.DEFAULT_SPEC_CLASSES = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const errors_1 = require("../errors");
const module_1 = require("../parse/module");
const module_context_1 = require("./eval/module-context");
const file_loads_1 = require("../facts/file-loads");
const pypto_symbols_1 = require("./pypto-symbols");
const resolve_1 = require("./resolve");
const session_1 = require("./session");
const scan_1 = require("../facts/scan");
const work_1 = require("../work");
/** Names whose call builds a golden spec, unless configured otherwise. */
exports.DEFAULT_SPEC_CLASSES = ['TensorSpec', 'ScalarSpec'];
/**
 * The set of Python modules an analysis can see: the files being analyzed,
 * plus any module they import that can be found on disk (read, never run,
 * never written). Each module is parsed once, and a library without
 * entries once per session.
 */
class Project {
    roots;
    overrides;
    session;
    contexts = new Map();
    exists;
    resolved = new Map();
    candidateCache = new Map();
    problems = [];
    specClassNames;
    /** What this project's analysis did (one import group's work). */
    work = new work_1.WorkCounts();
    constructor(
    /** Root directories given to the tool (absolute). */
    roots, specClassNames = exports.DEFAULT_SPEC_CLASSES, 
    /** Contents to use instead of the file on disk (an editor's unsaved buffers), by resolved path. */
    overrides, 
    /** What the run shares between groups (library parses, what exists on disk, region numbers). */
    session = new session_1.AnalysisSession()) {
        this.roots = roots;
        this.overrides = overrides;
        this.session = session;
        this.specClassNames = new Set(specClassNames);
        this.exists = session.exists;
    }
    /** Every module loaded so far (analyzed and imported). */
    all() {
        return [...this.contexts.values()].filter((c) => c !== null);
    }
    /** Where parses come from instead of tree-sitter when set (a run with a cache: stored trees by content hash). */
    trees;
    /**
     * Files whose tree-sitter tree is kept when this project parses them
     * (see {@link takeWasmTree}); none when unset.
     */
    keepWasmTree;
    wasmTrees = new Map();
    /** Parses a file, counting the work. */
    async parse(file, bytes) {
        if (this.trees)
            return this.trees.parse(file, bytes, this.work);
        this.work.filesParsed++;
        let parsed;
        if (this.keepWasmTree?.(file)) {
            const both = await (0, module_1.parseModuleAndTree)(file, bytes);
            parsed = both.parsed;
            this.wasmTrees.set(parsed, both.tree);
        }
        else {
            parsed = await (0, module_1.parseModule)(file, bytes);
        }
        this.work.syntaxNodes += parsed.tree.size;
        return parsed;
    }
    /**
     * The tree-sitter tree this project parsed `parsed` from, if it kept it:
     * the caller owns it (and frees it). Each is given once.
     */
    takeWasmTree(parsed) {
        const tree = this.wasmTrees.get(parsed);
        this.wasmTrees.delete(parsed);
        return tree;
    }
    /** Frees the tree-sitter trees kept and not taken. */
    freeWasmTrees() {
        for (const tree of this.wasmTrees.values())
            tree.delete();
        this.wasmTrees.clear();
    }
    /**
     * Parses one of the analyzed files, or takes the session's parse of the
     * same bytes under the same name (a language server analyzes the unchanged
     * files of a group again after each edit).
     */
    async parseAnalyzed(file, bytes) {
        const key = path.resolve(file);
        const kept = this.session.analyzedParse(key, file, bytes);
        if (kept)
            return kept;
        const parsed = await this.parse(file, bytes);
        this.session.keepAnalyzedParse(key, parsed);
        return parsed;
    }
    /** Registers an already parsed file (one of the analyzed files). */
    add(parsed) {
        const ctx = new module_context_1.ModuleContext(parsed);
        this.contexts.set(path.resolve(parsed.path), ctx);
        return ctx;
    }
    /** The context of a file, parsing it on first use; null when unusable. */
    async load(file) {
        const key = path.resolve(file);
        if (this.contexts.has(key))
            return this.contexts.get(key);
        try {
            const bytes = this.overrides?.get(key) ?? fs.readFileSync(key);
            const shared = this.session.libraries.get(key);
            const parsed = shared && Buffer.from(shared.bytes).equals(bytes) ? shared : await this.parse(key, bytes);
            if (!parsed.shared && !(0, scan_1.mayHoldEntries)(parsed.source.text)) {
                // libraries without entries (golden harness, configs) are imported by many groups: parse once
                parsed.shared = true;
                this.session.libraries.set(key, parsed);
            }
            const ctx = new module_context_1.ModuleContext(parsed);
            this.contexts.set(key, ctx);
            return ctx;
        }
        catch (e) {
            this.contexts.set(key, null);
            if (e instanceof errors_1.ToolError)
                this.problems.push({ path: file, error: e });
            return null;
        }
    }
    /**
     * Loads, ahead of evaluation, every module the given ones import that can be
     * found on disk, transitively. Evaluation itself is synchronous.
     */
    async preloadImports(modules) {
        const queue = [...modules];
        const seen = new Set(queue);
        while (queue.length) {
            const mod = queue.pop();
            for (const { dotted, level } of importsOf(mod)) {
                for (const file of this.candidates(mod.path, dotted, level)) {
                    if (!this.exists(file))
                        continue;
                    const ctx = await this.load(file);
                    if (ctx && !seen.has(ctx)) {
                        seen.add(ctx);
                        queue.push(ctx);
                    }
                    break;
                }
            }
        }
    }
    resolveImport(from, dotted, level) {
        // imports inside builders run on every call: remember the answer per importing directory
        const key = `${path.dirname(from.path)}\0${level}\0${dotted}`;
        if (this.resolved.has(key))
            return this.resolved.get(key);
        let found;
        for (const file of this.candidates(from.path, dotted, level)) {
            const ctx = this.contexts.get(file);
            if (ctx) {
                found = ctx;
                break;
            }
        }
        this.resolved.set(key, found);
        return found;
    }
    /** Files an import may refer to, most likely first (remembered per importing directory). */
    candidates(fromPath, dotted, level) {
        const dir = path.dirname(path.resolve(fromPath));
        const key = `${dir}\0${level}\0${dotted}`;
        let hit = this.candidateCache.get(key);
        if (!hit)
            this.candidateCache.set(key, (hit = (0, resolve_1.importCandidates)(dir, dotted, level, this.exists, this.roots)));
        return hit;
    }
}
exports.Project = Project;
function importsOf(mod) {
    const out = [];
    for (const node of (0, pypto_symbols_1.importStatements)(mod.parsed.tree.rootNode, mod.parsed.source.text)) {
        if (node.type === 'import_statement') {
            for (const item of node.namedChildren) {
                if (!item)
                    continue;
                const name = item.type === 'aliased_import' ? item.childForFieldName('name').text : item.text;
                const parts = name.split('.');
                for (let i = 1; i <= parts.length; i++)
                    out.push({ dotted: parts.slice(0, i).join('.'), level: 0 });
            }
            continue;
        }
        const modNode = node.childForFieldName('module_name');
        let level = 0;
        let dotted = modNode.text;
        if (modNode.type === 'relative_import') {
            level = modNode.namedChildren.find((c) => c?.type === 'import_prefix')?.text.length ?? 0;
            dotted = modNode.namedChildren.find((c) => c?.type === 'dotted_name')?.text ?? '';
        }
        out.push({ dotted, level });
        // `from pkg import submodule`
        for (const item of node.childrenForFieldName('name')) {
            const name = item.type === 'aliased_import' ? item.childForFieldName('name').text : item.text;
            out.push({ dotted: dotted ? `${dotted}.${name}` : name, level });
        }
    }
    for (const name of (0, file_loads_1.fileLoadedModules)(mod.parsed.source.text))
        out.push({ dotted: name, level: 1 });
    return out;
}
//# sourceMappingURL=project.js.map