import type { CliIO } from './main';
import type { CliOptions } from './options';
/** Runs one command with parsed options; resolves to the exit code. */
export declare function run(opts: CliOptions, io: CliIO): Promise<number>;
