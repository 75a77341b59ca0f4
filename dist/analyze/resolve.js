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
exports.PROJECT_MARKERS = void 0;
exports.existsMemo = existsMemo;
exports.importCandidates = importCandidates;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/** Files and folders that mark a project root: absolute imports are not searched above it. */
exports.PROJECT_MARKERS = ['.git', 'pyproject.toml', 'setup.py', 'setup.cfg'];
/**
 * `fs.existsSync` with a memory of its own: imports probe the same candidates
 * again and again, and files do not come and go during one run. Each run
 * (see `AnalysisSession.startRun`) takes a new one.
 */
function existsMemo() {
    const existing = new Map();
    return (file) => {
        let hit = existing.get(file);
        if (hit === undefined)
            existing.set(file, (hit = fs.existsSync(file)));
        return hit;
    };
}
/**
 * Files `import dotted` (with `level` leading dots) may mean from a module in
 * `fromDir`, most likely first: scripts put their own directory on sys.path,
 * so it is searched first, then each parent up to the project root, then the
 * given roots.
 */
function importCandidates(fromDir, dotted, level, exists, roots = []) {
    const parts = dotted ? dotted.split('.') : [];
    const bases = [];
    if (level > 0) {
        let base = fromDir;
        for (let i = 1; i < level; i++)
            base = path.dirname(base);
        bases.push(base);
    }
    else {
        bases.push(...upToProjectRoot(fromDir, exists));
        bases.push(...roots.filter((r) => !bases.includes(r)));
    }
    return bases.flatMap((base) => {
        const stem = path.join(base, ...parts);
        return parts.length ? [stem + '.py', path.join(stem, '__init__.py')] : [path.join(stem, '__init__.py')];
    });
}
const rootWalks = new WeakMap();
/** `dir` and its parents up to the first holding a project marker (remembered per `exists`). */
function upToProjectRoot(fromDir, exists) {
    let memo = rootWalks.get(exists);
    if (!memo)
        rootWalks.set(exists, (memo = new Map()));
    let dirs = memo.get(fromDir);
    if (!dirs) {
        dirs = [];
        for (let dir = fromDir;; dir = path.dirname(dir)) {
            dirs.push(dir);
            if (exports.PROJECT_MARKERS.some((m) => exists(path.join(dir, m))) || path.dirname(dir) === dir)
                break;
        }
        memo.set(fromDir, dirs);
    }
    return dirs;
}
//# sourceMappingURL=resolve.js.map