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
exports.Workspace = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const discover_1 = require("../discover/discover");
const partitions_1 = require("./partitions");
const session_1 = require("../analyze/session");
const pipeline_1 = require("../run/pipeline");
/**
 * The editor's view of the project: its workspace folders (each with its
 * own `pyproject.toml`) and how a run over one of them is made. Files open
 * in the editor are read from their buffers, everything else from disk.
 */
class Workspace {
    settingsOf;
    folders = [];
    /**
     * Kept across analyses: libraries parsed once stay parsed while the server
     * lives, and so do the parses and edit checks of analyzed files (bounded).
     */
    session = new session_1.AnalysisSession(true);
    /** Each folder's import groups, kept while no file's imports and no folder listing change. */
    partitions = new partitions_1.FolderPartitions(this.session);
    constructor(settingsOf) {
        this.settingsOf = settingsOf;
    }
    /** Replaces the workspace folders (absolute paths). */
    setFolders(folders) {
        this.folders = [...new Set(folders.map((f) => path.resolve(f)))];
        this.partitions.keepOnly(this.folders);
    }
    /** Adds and removes folders (workspace/didChangeWorkspaceFolders). */
    changeFolders(added, removed) {
        const gone = new Set(removed.map((f) => path.resolve(f)));
        this.setFolders([...this.folders.filter((f) => !gone.has(f)), ...added]);
    }
    /** Every scope to analyze again when something outside one file changes. */
    allFolders() {
        return [...this.folders];
    }
    /** The innermost folder holding `file`, else the file alone. */
    scopeOf(file) {
        const abs = path.resolve(file);
        const inside = this.folders.filter((f) => abs.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
        const folder = inside.sort((a, b) => b.length - a.length)[0];
        return folder ? { key: folder, folder: true } : { key: abs, folder: false };
    }
    /**
     * Analyzes the files of a scope that `open` files need: in a folder, every
     * import group holding an open file (a builder's importers are in its
     * entry's group), with the folder as the import root, as `check FOLDER`
     * would; a lone file by itself. `overlay` holds the unsaved buffers.
     */
    async analyze(scope, open, overlay, signal) {
        const start = scope.folder ? scope.key : path.dirname(scope.key);
        const settings = this.settingsOf(start);
        // the disk cache holds saved states only: an unsaved buffer's result is rarely asked for again, and
        // storing it after every pause in typing costs more than the session's reuse leaves to do
        const dirty = [...overlay].some(([file, bytes]) => !sameAsDisk(file, bytes));
        const options = { ...settings.analyze, ...(dirty ? { cacheDir: undefined } : {}), overrides: overlay, signal, session: this.session };
        let groups;
        if (scope.folder) {
            const found = (0, discover_1.discover)([scope.key], { respectGitignore: options.respectGitignore ?? true, include: options.include, exclude: options.exclude, base: options.configDir });
            const wanted = new Set(open.map((f) => path.resolve(f)));
            groups = this.partitions.groups(scope.key, found.files, overlay).filter((g) => g.some((f) => wanted.has(path.resolve(f))));
        }
        else {
            groups = [[scope.key]];
        }
        const files = groups.flat();
        // the folder's partition is at hand: the run analyzes its groups instead of partitioning them again
        const result = files.length ? await (0, pipeline_1.analyzeFiles)(files, { ...options, groups }, [start]) : { files: [], errors: [] };
        return { files: new Map(result.files.map((f) => [path.resolve(f.path), f])), severity: settings.severity, work: 'work' in result ? result.work : undefined };
    }
}
exports.Workspace = Workspace;
/** Whether a buffer holds what its file holds on disk. */
function sameAsDisk(file, bytes) {
    const disk = readOrUndefined(file);
    return !!disk && Buffer.from(disk).equals(bytes);
}
function readOrUndefined(file) {
    try {
        return fs.readFileSync(file);
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=workspace.js.map