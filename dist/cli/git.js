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
exports.gitTop = gitTop;
exports.changedFiles = changedFiles;
exports.dirtyFiles = dirtyFiles;
const child_process_1 = require("child_process");
const path = __importStar(require("path"));
const errors_1 = require("../errors");
function git(cwd, args) {
    try {
        return (0, child_process_1.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    }
    catch {
        return undefined;
    }
}
/** The work tree's top directory, or undefined outside a git work tree. */
function gitTop(cwd) {
    return git(cwd, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}
/**
 * Python files changed against `ref` (default HEAD) plus untracked ones, as
 * absolute paths. Outside a git work tree, or with an unknown ref, a usage error.
 */
function changedFiles(cwd, ref = 'HEAD') {
    const top = gitTop(cwd);
    if (!top)
        throw new errors_1.ToolError('usage', undefined, '--changed needs a git work tree');
    const diff = git(top, ['diff', '--name-only', '--diff-filter=ACMR', ref, '--']);
    if (diff === undefined)
        throw new errors_1.ToolError('usage', undefined, `--changed: git does not know the ref "${ref}"`);
    const untracked = git(top, ['ls-files', '--others', '--exclude-standard']) ?? '';
    return [...new Set([...diff.split('\n'), ...untracked.split('\n')])]
        .filter((f) => f.endsWith('.py'))
        .map((f) => path.join(top, f));
}
/** Of the given files, those with uncommitted changes (or untracked) in their git work tree. */
function dirtyFiles(files) {
    const byTop = new Map();
    for (const f of files) {
        const top = gitTop(path.dirname(f));
        if (!top)
            continue;
        byTop.set(top, [...(byTop.get(top) ?? []), f]);
    }
    const dirty = [];
    for (const [top, list] of byTop) {
        const status = git(top, ['status', '--porcelain', '--untracked-files=all', '--', ...list.map((f) => path.relative(top, f))]) ?? '';
        const changed = new Set(status.split('\n').filter(Boolean).map((l) => path.join(top, l.slice(3).replace(/^"|"$/g, ''))));
        dirty.push(...list.filter((f) => changed.has(path.resolve(f))));
    }
    return dirty;
}
//# sourceMappingURL=git.js.map