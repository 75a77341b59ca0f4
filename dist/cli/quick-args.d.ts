import type { Options as YargsOption } from 'yargs';
import type { CommandName } from './options';
/**
 * The parsed arguments of a plain command line, as yargs would give them
 * for what `run` reads (`_`, `paths` and each flag under its long name), or
 * undefined for anything else, which goes to yargs: loading yargs costs
 * more than a whole warm run's cache lookup.
 *
 * Plain means: `check`, `fix` or `explain`; words not starting with `-`
 * (the paths); the long form of flags the command takes, each at most once:
 * a boolean as `--name` or `--no-name`, a string (one that requires a value) or
 * choice as `--name VALUE` with a VALUE not starting with `-` (and among the
 * choices). Short aliases, `--name=value`, repeated or unknown flags, `--`,
 * help and version all fall back, as does anything yargs would reject.
 */
export declare function quickArgs(argv: string[], flagsOf: (command: CommandName) => Array<[string, YargsOption]>): Record<string, unknown> | undefined;
