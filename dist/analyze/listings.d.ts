/**
 * Directory listings kept across the runs of a long-lived session (a
 * language server), so that the import probes of a run (thousands of
 * `fs.existsSync` calls, most for files that do not exist) cost one `stat`
 * per directory instead. A listing is reused while its directory's inode,
 * modification and change times are the same (adding, removing or renaming
 * an entry changes them); a listing read within two seconds of its
 * directory's change is read again next run (a coarse clock could hide a
 * later change). Answers equal `fs.existsSync` on a case-sensitive file
 * system: {@link DirListings.supported} says where it is used.
 */
export declare class DirListings {
    private readonly dirs;
    /** Directories read (listed) so far: a work count for tests and benchmarks. */
    reads: number;
    /** Where a listing answers as `fs.existsSync` does (names compared exactly). */
    static supported(): boolean;
    /** How many directories are remembered (for the session's bound). */
    get size(): number;
    /** Forgets every listing (e.g. beyond a bound). */
    clear(): void;
    /**
     * An existence test for one run: each directory is checked at most once
     * against its stamp during the run, and each answer is remembered.
     */
    existsForRun(trace?: ListingTrace): (file: string) => boolean;
    /**
     * Whether the directories a run listed (see {@link ListingTrace}) still
     * hold what they held: one `stat` each, no listing read.
     */
    unchanged(trace: ListingTrace): boolean;
    /** The listing of a directory: the kept one if its stamp still holds, else read now. */
    private read;
}
/**
 * The directories a run's existence test listed (their listings are kept),
 * and whether it asked the file system directly (a link, an unlisted folder,
 * the root): what {@link DirListings.unchanged} checks.
 */
export interface ListingTrace {
    dirs: Set<string>;
    asked: boolean;
}
