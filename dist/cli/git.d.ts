/** The work tree's top directory, or undefined outside a git work tree. */
export declare function gitTop(cwd: string): string | undefined;
/**
 * Python files changed against `ref` (default HEAD) plus untracked ones, as
 * absolute paths. Outside a git work tree, or with an unknown ref, a usage error.
 */
export declare function changedFiles(cwd: string, ref?: string): string[];
/** Of the given files, those with uncommitted changes (or untracked) in their git work tree. */
export declare function dirtyFiles(files: string[]): string[];
