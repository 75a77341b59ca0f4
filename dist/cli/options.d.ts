import type { Options as YargsOption } from 'yargs';
import { Format } from '../report';
/** The typed options every command receives. */
export interface CliOptions {
    command: 'fix' | 'check' | 'explain';
    paths: string[];
    dryRun: boolean;
    format: Format;
    /** Undefined where neither a flag nor the config says: the defaults apply. */
    evidence?: 'all' | 'final';
    respectGitignore?: boolean;
    config?: string;
    color: 'auto' | 'always' | 'never';
    verbose: boolean;
    specClass: string[];
    harness: string[];
    /** `--changed`: only files changed against this git ref (`--base`, default HEAD). */
    changed?: string;
    allowDirty: boolean;
    interactive: boolean;
    stdinFilename?: string;
    cache: boolean;
    cacheDir?: string;
    /** Worker threads; undefined means one per core for large runs. */
    workers?: number;
    /** Rule selection flags (undefined: not given). */
    select?: string[];
    extendSelect: string[];
    ignore: string[];
    era?: 'auto' | 'spec' | 'signature';
    strict?: boolean;
}
/** Every command: the three that analyze paths, and the language server. */
export type CommandName = CliOptions['command'] | 'server';
/** One declarative table of flags; `commands` says which commands take each. */
export declare const OPTION_TABLE: Array<{
    name: string;
    commands: CommandName[];
    spec: YargsOption;
}>;
/** Turns parsed yargs arguments into typed options. */
/** yargs drops a lone `-`; it is passed through under this name instead. */
export declare const STDIN_PATH = "<stdin>";
export declare function toOptions(command: CliOptions['command'], argv: Record<string, unknown>): CliOptions;
