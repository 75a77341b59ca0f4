/** The lock file's name: in the git directory of a work tree, else in the folder itself. */
export declare const LOCK_NAME = "pypto-direction.lock";
/** Locks held by this run; `release` lets them go (idempotent). */
export interface TreeLocks {
    release(): void;
}
/**
 * Where the locks of the trees holding the paths live: in a git work tree
 * `<git dir>/pypto-direction.lock` (one lock per work tree, out of `git
 * status`), else `<folder>/.pypto-direction.lock` (a file's folder, a folder
 * itself). Paths that do not exist have none. git is asked once per work
 * tree, not once per path (pre-commit passes every staged file).
 */
export declare function lockFilesFor(paths: string[]): string[];
/**
 * Takes the advisory lock of every tree the paths lie in, so that two `fix`
 * runs on one tree never interleave their reads and writes: a second run
 * waits (saying so once on `notify`) until the first has finished, then
 * reads what the first wrote. A lock whose process is gone (killed) is taken
 * over. Where no lock file can be made (a read-only folder) the run goes on
 * without one: it will not write there either. Locks are taken in path
 * order, so two runs over several trees cannot wait for each other.
 */
export declare function lockTrees(paths: string[], notify: (message: string) => void): Promise<TreeLocks>;
