/** Files and folders that mark a project root: absolute imports are not searched above it. */
export declare const PROJECT_MARKERS: string[];
/**
 * `fs.existsSync` with a memory of its own: imports probe the same candidates
 * again and again, and files do not come and go during one run. Each run
 * (see `AnalysisSession.startRun`) takes a new one.
 */
export declare function existsMemo(): (file: string) => boolean;
/**
 * Files `import dotted` (with `level` leading dots) may mean from a module in
 * `fromDir`, most likely first: scripts put their own directory on sys.path,
 * so it is searched first, then each parent up to the project root, then the
 * given roots.
 */
export declare function importCandidates(fromDir: string, dotted: string, level: number, exists: (file: string) => boolean, roots?: string[]): string[];
