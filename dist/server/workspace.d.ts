import { AnalyzeOptions, FileResult } from '../run/pipeline';
import type { WorkCounts } from '../work';
/** Where a file is analyzed: a workspace folder, or alone (a file outside every folder). */
export interface Scope {
    /** The folder's path, or the lone file's path. */
    key: string;
    folder: boolean;
}
/** What one analysis of a scope gives back. */
export interface ScopeResult {
    /** Results by resolved path, for the analyzed files. */
    files: Map<string, FileResult>;
    /** Severity the scope's config gives pending findings. */
    severity: 'warning' | 'error';
    /** The work the analysis did (what the session or the cache answered cost none). */
    work?: WorkCounts;
}
/** What a run over a folder uses: the analysis options and the severity of pending findings. */
export interface FolderSettings {
    analyze: Partial<AnalyzeOptions>;
    severity: 'warning' | 'error';
}
/**
 * A folder's settings, from its config file (searched upward from the
 * folder) and the server's flags: the CLI's resolver, handed in by the CLI
 * (so the server reads options exactly as `check` does). Throws a ToolError
 * for a bad config file.
 */
export type SettingsOf = (folder: string) => FolderSettings;
/**
 * The editor's view of the project: its workspace folders (each with its
 * own `pyproject.toml`) and how a run over one of them is made. Files open
 * in the editor are read from their buffers, everything else from disk.
 */
export declare class Workspace {
    private readonly settingsOf;
    private folders;
    /**
     * Kept across analyses: libraries parsed once stay parsed while the server
     * lives, and so do the parses and edit checks of analyzed files (bounded).
     */
    private readonly session;
    /** Each folder's import groups, kept while no file's imports and no folder listing change. */
    private readonly partitions;
    constructor(settingsOf: SettingsOf);
    /** Replaces the workspace folders (absolute paths). */
    setFolders(folders: string[]): void;
    /** Adds and removes folders (workspace/didChangeWorkspaceFolders). */
    changeFolders(added: string[], removed: string[]): void;
    /** Every scope to analyze again when something outside one file changes. */
    allFolders(): string[];
    /** The innermost folder holding `file`, else the file alone. */
    scopeOf(file: string): Scope;
    /**
     * Analyzes the files of a scope that `open` files need: in a folder, every
     * import group holding an open file (a builder's importers are in its
     * entry's group), with the folder as the import root, as `check FOLDER`
     * would; a lone file by itself. `overlay` holds the unsaved buffers.
     */
    analyze(scope: Scope, open: string[], overlay: Map<string, Uint8Array>, signal: AbortSignal): Promise<ScopeResult>;
}
