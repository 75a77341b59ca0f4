import { ToolError } from '../errors';
/** Directories never walked into (as ruff does by default). */
/** Folders a walk never enters (tool, VCS and build output). */
export declare const SKIP_DIRS: ReadonlySet<string>;
export interface DiscoverOptions {
    respectGitignore: boolean;
    /** Globs a walked file must match (default `**\/*.py`), relative to `base`. */
    include?: string[];
    /** Globs of walked files and directories to skip, relative to `base`. */
    exclude?: string[];
    /** Directory the globs are relative to (the config file's). */
    base?: string;
}
/** Files found under the given paths, and paths that could not be used. */
export interface Discovery {
    files: string[];
    errors: ToolError[];
}
/**
 * Expands paths into Python files: files are taken as given; directories are
 * walked for `*.py`, skipping tool and VCS folders and (by default) what
 * `.gitignore` files on the way ignore. Symlinked directories are not
 * followed, so link loops cannot trap the walk.
 */
export declare function discover(paths: string[], options: DiscoverOptions): Discovery;
/**
 * The files with each real file once: a file reached by two names (itself
 * and a symlink to it, two links) would otherwise be analyzed, and written,
 * twice. The name kept is the one that is no link where there is one, else
 * the first; order is kept. Files whose real path cannot be had stay as given.
 */
export declare function uniqueByRealPath(files: string[]): string[];
