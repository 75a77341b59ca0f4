/**
 * A configuration file as read: the `[tool.pypto-direction]` table (or a
 * dedicated file's top level), not yet validated, and the directory its globs
 * are relative to. Which keys exist and what they take is the option table's
 * business (`cli/options.ts`), which also merges the flags over it.
 */
export interface LoadedConfig {
    path?: string;
    dir: string;
    table: Record<string, unknown>;
}
/**
 * Loads the configuration: the file given with `--config`, else the nearest
 * `pyproject.toml` with a `[tool.pypto-direction]` table, searching upward from
 * `start`. No file means an empty table (the defaults).
 */
export declare function loadConfig(start: string, explicit?: string): LoadedConfig;
