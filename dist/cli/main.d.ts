import type yargsModule from 'yargs';
import { KeyReader } from './keys';
/** Where the CLI writes; tests pass string sinks, `bin` passes the process streams. */
export interface CliIO {
    stdout: {
        write(s: string): unknown;
        isTTY?: boolean;
    };
    stderr: {
        write(s: string): unknown;
        isTTY?: boolean;
    };
    env: Record<string, string | undefined>;
    cwd: string;
    /** All of standard input (for `-` paths). */
    stdin?: () => Promise<Buffer>;
    /** Asks a question and resolves to the answer line (for `--interactive`); undefined at end of input. */
    ask?: (question: string) => Promise<string | undefined>;
    /** Releases what the IO opened (stdin readers), so nothing outlives the run. */
    close?: () => void;
    /** Starts reading single keys (for `--interactive`, preferred over `ask`); given only when stdin is a terminal. */
    keys?: () => KeyReader;
}
/** The yargs parser of the whole command line (exported for the test that `quickArgs` agrees with it). */
export declare function buildParser(): yargsModule.Argv<{}>;
/**
 * Runs the CLI in-process and resolves to its exit code. Expected problems
 * (bad paths, unparsable files, usage) are one-line errors; anything else is
 * a bug, reported with its stack and exit code 2.
 */
export declare function main(argv: string[], io?: CliIO): Promise<number>;
/** The real process streams and environment. */
export declare function processIO(): CliIO;
