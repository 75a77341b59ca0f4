import type { CliIO } from './main';
/** A command that analyzes paths. */
export type PathCommand = 'fix' | 'check' | 'explain';
/**
 * Runs one command: `argv` are the parsed flags, resolved over the config
 * file by `resolveOptions` (the same function the language server uses);
 * resolves to the exit code. A `fix` that writes holds the lock of each tree
 * it works on from before it reads until it has written (see `lockTrees`).
 */
export declare function run(command: PathCommand, given: string[], argv: Record<string, unknown>, io: CliIO): Promise<number>;
/**
 * The cache directory if it can be used; otherwise undefined after one
 * warning on stderr (the run goes on without the cache). Each directory is
 * looked at, and warned about, once per process.
 */
export declare function usableCacheDir(dir: string, io: CliIO): string | undefined;
