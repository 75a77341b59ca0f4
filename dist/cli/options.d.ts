import type { Options as YargsOption } from 'yargs';
import { LoadedConfig } from './config';
import type { AnalyzeOptions } from '../run/pipeline';
/** Every command that takes options: the three that analyze paths, and the language server. */
export type CommandName = 'fix' | 'check' | 'explain' | 'server';
/** How a value is written on the command line (its yargs type) and in the config file, and how each is read. */
interface Kind<T> {
    flag: YargsOption;
    /** Whether a config value is of this kind; `expects` says what it must be. */
    valid(v: unknown): boolean;
    expects: string;
    /** The typed value of a flag as yargs parsed it; a usage error if it is not one. */
    fromFlag(v: unknown, flag: string): T;
}
/** How a flag and the config file combine: the flag wins (`override`), or the flag's list is appended (`extend`), or ruff's rule layers (`rules`). */
type Merge = 'override' | 'extend' | 'rules';
interface Setting<N extends string, T> {
    /** The setting's name: its config key when `config`, and its flag unless `flag.name` says otherwise. */
    name: N;
    kind: Kind<T>;
    /** The command-line flag: the commands that take it and its help. Absent: config file only. */
    flag?: {
        name?: string;
        commands: readonly CommandName[];
        describe: string;
        alias?: string;
    };
    /** `[tool.pypto-direction]` can set it (under `name`). */
    config?: true;
    /** The value when neither the flag nor the file gives one. */
    default?: NoInfer<T>;
    merge?: Merge;
}
/**
 * Every option, once: its flag (which commands take it), its config key,
 * its kind, default and how the two combine. The CLI's flags, the config
 * file's keys and their validation, and the resolver are all read from here.
 * A new option is one line (see the README's Configuration section).
 */
export declare const OPTIONS: readonly [Setting<"dry-run", boolean>, Setting<"interactive", boolean>, Setting<"allow-dirty", boolean>, Setting<"format", "text" | "json" | "sarif" | "github" | "markdown">, Setting<"changed", boolean>, Setting<"base", string | undefined>, Setting<"stdio", boolean>, Setting<"cache", boolean>, Setting<"cache-dir", string | undefined>, Setting<"workers", number | undefined>, Setting<"stdin-filename", string | undefined>, Setting<"param", string[]>, Setting<"include", string[] | undefined>, Setting<"exclude", string[] | undefined>, Setting<"evidence", "all" | "final">, Setting<"respect-gitignore", boolean>, Setting<"config", string | undefined>, Setting<"color", "auto" | "always" | "never">, Setting<"verbose", boolean>, Setting<"spec-classes", string[]>, Setting<"harness-functions", string[]>, Setting<"select", string[]>, Setting<"extend-select", string[]>, Setting<"ignore", string[]>, Setting<"era", "spec" | "signature" | "auto">, Setting<"strict", boolean>, Setting<"unsafe-fixes", boolean>, Setting<"work-counts", boolean>, Setting<"server-severity", "error" | "warning">];
type AnySetting = (typeof OPTIONS)[number];
/** Every resolved setting by name, typed by its kind. */
export type Settings = {
    [S in AnySetting as S['name']]: S extends Setting<string, infer T> ? T : never;
};
/** The yargs declaration of each flag a command takes. */
export declare function flagsOf(command: CommandName): Array<[string, YargsOption]>;
/** Where options are resolved: the working directory (for relative flag paths), the environment, and where the config search starts. */
export interface ResolveContext {
    cwd: string;
    env: Record<string, string | undefined>;
    /** The directory the config file is searched upward from (default: `cwd`). */
    start?: string;
    /** Read no config file (to check the flags alone). */
    flagsOnly?: boolean;
}
/** Options as a run uses them: every setting, the rules that run, the config file read, and the analysis options they make. */
export interface Resolved {
    settings: Settings;
    rules: string[];
    config: LoadedConfig;
    analyze: Partial<AnalyzeOptions>;
}
/**
 * The one place options are resolved, for the CLI and the language server
 * alike: the config file (`--config`, else the nearest `pyproject.toml` with
 * `[tool.pypto-direction]` from `ctx.start`), its keys validated, then each
 * flag the command takes over it: a flag wins over the file, list options
 * append, and the rule options are ruff's layers (the file's `select` /
 * `extend-select` / `ignore`, then the flags'). Usage and config errors are
 * ToolErrors (exit 2).
 */
export declare function resolveOptions(command: CommandName, argv: Record<string, unknown>, ctx: ResolveContext): Resolved;
/** yargs drops a lone `-`; it is passed through under this name instead. */
export declare const STDIN_PATH = "<stdin>";
export {};
