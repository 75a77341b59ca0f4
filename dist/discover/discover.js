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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SKIP_DIRS = void 0;
exports.discover = discover;
exports.uniqueByRealPath = uniqueByRealPath;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const ignore_1 = __importDefault(require("ignore"));
const errors_1 = require("../errors");
/** Directories never walked into (as ruff does by default). */
/** Folders a walk never enters (tool, VCS and build output). */
exports.SKIP_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.ruff_cache', '.pytest_cache', 'build', 'dist']);
function makeFilter(options, root) {
    const base = path.resolve(options.base ?? root);
    const rel = (abs) => {
        const r = path.relative(base, abs);
        // outside the config's directory, globs apply relative to the walked root
        return (r.startsWith('..') ? path.relative(path.resolve(root), abs) : r).split(path.sep).join('/');
    };
    // the default include, `**/*.py` with dot files, matches every walked file named *.py: no matcher is loaded for it
    const glob = options.include?.length || options.exclude?.length ? picomatchOf() : undefined;
    const inc = options.include?.length ? glob(options.include, { dot: true }) : undefined;
    const exc = options.exclude?.length ? glob(options.exclude, { dot: true }) : undefined;
    return {
        included: (abs) => !inc || inc(rel(abs)),
        // a bare name like "generated" excludes that file or folder anywhere, as in ruff
        excluded: (abs) => !!exc && (exc(rel(abs)) || exc(path.basename(abs))),
    };
}
function picomatchOf() {
    const loaded = require('picomatch');
    return loaded.__esModule ? loaded.default : loaded;
}
/**
 * Expands paths into Python files: files are taken as given; directories are
 * walked for `*.py`, skipping tool and VCS folders and (by default) what
 * `.gitignore` files on the way ignore. Symlinked directories are not
 * followed, so link loops cannot trap the walk.
 */
function discover(paths, options) {
    const files = new Set();
    const errors = [];
    for (const given of paths) {
        let stat;
        try {
            stat = fs.statSync(given);
        }
        catch {
            errors.push(new errors_1.ToolError('not-found', given, 'no such file or directory'));
            continue;
        }
        if (stat.isFile())
            files.add(path.normalize(given));
        else if (stat.isDirectory())
            walk(given, options.respectGitignore ? parentLayers(given) : [], options, makeFilter(options, given), files, errors);
        else
            errors.push(new errors_1.ToolError('unreadable', given, 'not a regular file or directory'));
    }
    return { files: [...files].sort(), errors };
}
/**
 * The files with each real file once: a file reached by two names (itself
 * and a symlink to it, two links) would otherwise be analyzed, and written,
 * twice. The name kept is the one that is no link where there is one, else
 * the first; order is kept. Files whose real path cannot be had stay as given.
 */
function uniqueByRealPath(files) {
    const chosen = new Map();
    for (const f of files) {
        let real;
        try {
            real = fs.realpathSync.native(f); // one realpath(3) call; the JS version lstats every component
        }
        catch {
            real = path.resolve(f);
        }
        const kept = chosen.get(real);
        if (kept === undefined || (path.resolve(kept) !== real && path.resolve(f) === real))
            chosen.set(real, f);
    }
    const keep = new Set(chosen.values());
    return files.filter((f) => keep.delete(f));
}
function parentLayers(dir) {
    // .gitignore files above the given directory, up to the repository root
    const layers = [];
    let cur = path.resolve(dir);
    for (;;) {
        const parent = path.dirname(cur);
        if (parent === cur)
            break;
        cur = parent;
        const layer = readLayer(cur);
        if (layer)
            layers.unshift(layer);
        if (fs.existsSync(path.join(cur, '.git')))
            break;
    }
    return layers;
}
function readLayer(dir) {
    const file = path.join(dir, '.gitignore');
    try {
        return { dir, rules: (0, ignore_1.default)().add(fs.readFileSync(file, 'utf8')) };
    }
    catch {
        return undefined;
    }
}
function ignored(abs, isDir, layers) {
    for (const { dir, rules } of layers) {
        // abs and dir are both resolved, so abs is under dir exactly when dir + sep is its prefix
        const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
        if (!abs.startsWith(prefix) || abs.length === prefix.length)
            continue;
        const rel = path.sep === '/' ? abs.slice(prefix.length) : abs.slice(prefix.length).split(path.sep).join('/');
        if (rules.ignores(isDir ? rel + '/' : rel))
            return true;
    }
    return false;
}
function walk(dir, layers, options, filter, files, errors) {
    const absDir = path.resolve(dir);
    const own = options.respectGitignore ? readLayer(absDir) : undefined;
    const here = own ? [...layers, own] : layers;
    let entries;
    try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
    }
    catch (e) {
        errors.push(new errors_1.ToolError('unreadable', dir, `cannot read directory (${e.code ?? 'error'})`));
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const full = path.join(dir, entry.name);
        const abs = absDir.endsWith(path.sep) ? absDir + entry.name : absDir + path.sep + entry.name;
        if (entry.isDirectory()) {
            if (exports.SKIP_DIRS.has(entry.name) || ignored(abs, true, here) || filter.excluded(abs))
                continue;
            walk(full, here, options, filter, files, errors);
        }
        else if (entry.name.endsWith('.py') &&
            (entry.isFile() || isFileLink(full)) &&
            !ignored(abs, false, here) &&
            filter.included(abs) &&
            !filter.excluded(abs)) {
            files.add(full);
        }
    }
}
function isFileLink(p) {
    try {
        return fs.lstatSync(p).isSymbolicLink() && fs.statSync(p).isFile();
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=discover.js.map