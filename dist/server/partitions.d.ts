import type { AnalysisSession } from '../analyze/session';
/**
 * A workspace folder's import groups, kept between the server's runs: a
 * run after an edit that changes no file's imports (most edits) and no
 * folder listing the partition read gets the same groups without reading
 * every file of the folder and resolving its imports again. Facts of files
 * on disk are kept while the file's inode, size and times hold (a file
 * changed within two seconds of being read is read again); an open buffer's
 * facts are taken from its text each run. Holds one partition per folder
 * and the facts of the files of the folders it was asked about.
 */
export declare class FolderPartitions {
    private readonly session;
    private readonly facts;
    private readonly last;
    constructor(session: AnalysisSession);
    /** The import groups of `files` (a folder's Python files), `overlay` holding the unsaved buffers. */
    groups(folder: string, files: string[], overlay: ReadonlyMap<string, Uint8Array>): string[][];
    /** Forgets what was kept for folders no longer in the workspace. */
    keepOnly(folders: string[]): void;
    private factsOf;
}
