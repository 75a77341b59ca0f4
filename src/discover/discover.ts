import * as fs from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';
import type picomatchModule from 'picomatch';
import { ToolError } from '../errors';

/** Directories never walked into (as ruff does by default). */
/** Folders a walk never enters (tool, VCS and build output). */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.ruff_cache', '.pytest_cache', 'build', 'dist']);

export interface DiscoverOptions {
  respectGitignore: boolean;
  /** Globs a walked file must match (default `**\/*.py`), relative to `base`. */
  include?: string[];
  /** Globs of walked files and directories to skip, relative to `base`. */
  exclude?: string[];
  /** Directory the globs are relative to (the config file's). */
  base?: string;
}

interface Filter {
  included(abs: string): boolean;
  excluded(abs: string): boolean;
}

function makeFilter(options: DiscoverOptions, root: string): Filter {
  const base = path.resolve(options.base ?? root);
  const rel = (abs: string) => {
    const r = path.relative(base, abs);
    // outside the config's directory, globs apply relative to the walked root
    return (r.startsWith('..') ? path.relative(path.resolve(root), abs) : r).split(path.sep).join('/');
  };
  // the default include, `**/*.py` with dot files, matches every walked file named *.py: no matcher is loaded for it
  const glob = options.include?.length || options.exclude?.length ? picomatchOf() : undefined;
  const inc = options.include?.length ? glob!(options.include, { dot: true }) : undefined;
  const exc = options.exclude?.length ? glob!(options.exclude, { dot: true }) : undefined;
  return {
    included: (abs) => !inc || inc(rel(abs)),
    // a bare name like "generated" excludes that file or folder anywhere, as in ruff
    excluded: (abs) => !!exc && (exc(rel(abs)) || exc(path.basename(abs))),
  };
}

function picomatchOf(): typeof picomatchModule {
  const loaded = require('picomatch') as typeof picomatchModule & { __esModule?: boolean; default: typeof picomatchModule };
  return loaded.__esModule ? loaded.default : loaded;
}

/** Files found under the given paths, and paths that could not be used. */
export interface Discovery {
  files: string[];
  errors: ToolError[];
}

interface IgnoreLayer {
  dir: string;
  rules: Ignore;
}

/**
 * Expands paths into Python files: files are taken as given; directories are
 * walked for `*.py`, skipping tool and VCS folders and (by default) what
 * `.gitignore` files on the way ignore. Symlinked directories are not
 * followed, so link loops cannot trap the walk.
 */
export function discover(paths: string[], options: DiscoverOptions): Discovery {
  const files = new Set<string>();
  const errors: ToolError[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      errors.push(new ToolError('not-found', given, 'no such file or directory'));
      continue;
    }
    if (stat.isFile()) files.add(path.normalize(given));
    else if (stat.isDirectory()) walk(given, options.respectGitignore ? parentLayers(given) : [], options, makeFilter(options, given), files, errors);
    else errors.push(new ToolError('unreadable', given, 'not a regular file or directory'));
  }
  return { files: [...files].sort(), errors };
}

/**
 * The files with each real file once: a file reached by two names (itself
 * and a symlink to it, two links) would otherwise be analyzed, and written,
 * twice. The name kept is the one that is no link where there is one, else
 * the first; order is kept. Files whose real path cannot be had stay as given.
 */
export function uniqueByRealPath(files: string[]): string[] {
  const chosen = new Map<string, string>();
  for (const f of files) {
    let real: string;
    try {
      real = fs.realpathSync.native(f); // one realpath(3) call; the JS version lstats every component
    } catch {
      real = path.resolve(f);
    }
    const kept = chosen.get(real);
    if (kept === undefined || (path.resolve(kept) !== real && path.resolve(f) === real)) chosen.set(real, f);
  }
  const keep = new Set(chosen.values());
  return files.filter((f) => keep.delete(f));
}

function parentLayers(dir: string): IgnoreLayer[] {
  // .gitignore files above the given directory, up to the repository root
  const layers: IgnoreLayer[] = [];
  let cur = path.resolve(dir);
  for (;;) {
    const parent = path.dirname(cur);
    if (parent === cur) break;
    cur = parent;
    const layer = readLayer(cur);
    if (layer) layers.unshift(layer);
    if (fs.existsSync(path.join(cur, '.git'))) break;
  }
  return layers;
}

function readLayer(dir: string): IgnoreLayer | undefined {
  const file = path.join(dir, '.gitignore');
  try {
    return { dir, rules: ignore().add(fs.readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

function ignored(abs: string, isDir: boolean, layers: IgnoreLayer[]): boolean {
  for (const { dir, rules } of layers) {
    // abs and dir are both resolved, so abs is under dir exactly when dir + sep is its prefix
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    if (!abs.startsWith(prefix) || abs.length === prefix.length) continue;
    const rel = path.sep === '/' ? abs.slice(prefix.length) : abs.slice(prefix.length).split(path.sep).join('/');
    if (rules.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

function walk(dir: string, layers: IgnoreLayer[], options: DiscoverOptions, filter: Filter, files: Set<string>, errors: ToolError[]): void {
  const absDir = path.resolve(dir);
  const own = options.respectGitignore ? readLayer(absDir) : undefined;
  const here = own ? [...layers, own] : layers;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(new ToolError('unreadable', dir, `cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const abs = absDir.endsWith(path.sep) ? absDir + entry.name : absDir + path.sep + entry.name;
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name) || ignored(abs, true, here) || filter.excluded(abs)) continue;
      walk(full, here, options, filter, files, errors);
    } else if (
      entry.name.endsWith('.py') &&
      (entry.isFile() || isFileLink(full)) &&
      !ignored(abs, false, here) &&
      filter.included(abs) &&
      !filter.excluded(abs)
    ) {
      files.add(full);
    }
  }
}

function isFileLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink() && fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
