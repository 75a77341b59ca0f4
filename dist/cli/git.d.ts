/** The work tree's top directory, or undefined outside a git work tree. */
export declare function gitTop(cwd: string): string | undefined;
/** The top of the work tree holding `cwd` and its git directory (absolute), or undefined outside one. */
export declare function gitLocation(cwd: string): {
    top: string;
    gitDir: string;
} | undefined;
/**
 * Python files changed against `ref` (default HEAD) plus untracked ones, as
 * absolute paths. Outside a git work tree, or with an unknown ref, a usage error.
 */
export declare function changedFiles(cwd: string, ref?: string): string[];
/**
 * Of the given files, those with uncommitted changes (or untracked) in their
 * git work tree. A work tree whose status git cannot give is an error: the
 * check must not pass by failing.
 */
export declare function dirtyFiles(files: string[]): string[];
