/**
 * Writes every byte of `data` at the file position of `fd`. `fs.writeSync`
 * may write fewer bytes than asked (a nearly full disk, a signal); the rest
 * is written again until all is written or the OS reports an error.
 */
export declare function writeAll(fd: number, data: Uint8Array): void;
/** Whether the file open on `fd` (for reading) holds exactly `data`: its size, then its bytes read back. */
export declare function holdsExactly(fd: number, data: Uint8Array): boolean;
/**
 * Flushes a directory's entries (a rename) to disk. Platforms where a
 * directory cannot be opened or synced (Windows) need not: their rename is
 * durable on its own or cannot be made so.
 */
export declare function syncDir(dir: string): void;
/** A fresh temporary name beside `target` that names it and this process (see `removeStaleTemps`). */
export declare function tempPath(target: string): string;
/** How a temporary file is filled in before it replaces its target. */
export interface ReplaceOptions {
    /** Mode of the new file (the umask may drop bits: it is set again after writing). */
    mode?: number;
    /** Owner to give the new file where permitted. */
    owner?: {
        uid: number;
        gid: number;
    };
    /** fsync the file before the rename and its directory after (for users' files; a cache can do without). */
    durable: boolean;
}
/**
 * Replaces `target` with `data`: a temporary file beside it is written
 * completely, checked to hold exactly `data`, and renamed over the target.
 * On any failure the temporary file is removed, the target is left as it was
 * and the error is thrown. A failure to flush the directory after the rename
 * throws too, with the new content in place (`renamed` set on the error).
 */
export declare function replaceFile(target: string, data: Uint8Array, options: ReplaceOptions): void;
/** Whether a process with this id exists (one we may not signal exists too). */
export declare function processAlive(pid: number): boolean;
/**
 * Removes the temporary files a killed run (`kill -9` while writing) left in
 * `dir`: those named by `tempPath` whose process no longer exists. Files of
 * live processes (this one, a concurrent run) are kept. Returns how many
 * were removed; an unreadable directory removes none.
 */
export declare function removeStaleTemps(dir: string): number;
/**
 * Creates a directory and its missing parents one level at a time, and
 * throws the first failure. Node's `mkdirSync(..., { recursive: true })`
 * retries forever at full CPU where a parent exists but refuses children
 * (`/proc/x`).
 */
export declare function makeDirs(dir: string): void;
