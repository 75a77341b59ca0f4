/** Files and folders that mark a project root: absolute imports are not searched above it. */
export declare const PROJECT_MARKERS: string[];
/** Forgets what exists: called at the start of each run. */
export declare function resetExistsCache(): void;
/**
 * `fs.existsSync` with a memory shared by the whole run: imports probe the
 * same candidates again and again, and files do not come and go mid-run.
 */
export declare function cachedExists(): (file: string) => boolean;
/**
 * Files `import dotted` (with `level` leading dots) may mean from a module in
 * `fromDir`, most likely first: scripts put their own directory on sys.path,
 * so it is searched first, then each parent up to the project root, then the
 * given roots.
 */
export declare function importCandidates(fromDir: string, dotted: string, level: number, exists: (file: string) => boolean, roots?: string[]): string[];
