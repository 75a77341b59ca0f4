/** Settings of `[tool.pypto-direction]`; CLI flags override them. */
export interface FileConfig {
    /** Globs (relative to the config's directory) a walked file must match. */
    include?: string[];
    /** Globs of files and directories never walked into. */
    exclude?: string[];
    respectGitignore?: boolean;
    evidence?: 'all' | 'final';
    specClasses?: string[];
    harnessFunctions?: string[];
    /** Severity of pending findings in the language server (default warning). */
    serverSeverity?: 'warning' | 'error';
    /** Rule ids (ruff-like): `select` replaces the defaults, `extend-select` adds, `ignore` removes. */
    select?: string[];
    extendSelect?: string[];
    ignore?: string[];
    /** The golden harness era (`auto` detects it per spec call). */
    era?: 'auto' | 'spec' | 'signature';
    /** Report-only agreement findings (`abi-mismatch`) make `check` exit 1. */
    strict?: boolean;
}
/** A loaded configuration and the directory its globs are relative to. */
export interface LoadedConfig {
    path?: string;
    dir: string;
    config: FileConfig;
}
/** Validates a `[tool.pypto-direction]` table; unknown keys and wrong types are errors. */
export declare function validateConfig(table: Record<string, unknown>, file: string): FileConfig;
/**
 * Loads the configuration: the file given with `--config`, else the nearest
 * `pyproject.toml` with a `[tool.pypto-direction]` table, searching upward from
 * `start`. No file means defaults.
 */
export declare function loadConfig(start: string, explicit?: string): LoadedConfig;
