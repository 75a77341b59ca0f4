import type { CliIO } from './main';
import type { CliOptions } from './options';
/** Runs one command with parsed options; resolves to the exit code. */
export declare function run(opts: CliOptions, io: CliIO): Promise<number>;
/** Where results are cached: --cache-dir, $PYPTO_DIRECTION_CACHE_DIR, $XDG_CACHE_HOME, or ~/.cache. */
export declare function cacheDir(given: string | undefined, io: CliIO): string;
