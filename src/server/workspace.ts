import * as fs from 'fs';
import * as path from 'path';
import { discover } from '../discover/discover';
import { FolderPartitions } from './partitions';
import { AnalysisSession } from '../analyze/session';
import { AnalyzeOptions, analyzeFiles, FileResult } from '../run/pipeline';
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
export class Workspace {
  private folders: string[] = [];
  /**
   * Kept across analyses: libraries parsed once stay parsed while the server
   * lives, and so do the parses and edit checks of analyzed files (bounded).
   */
  private readonly session = new AnalysisSession(true);

  /** Each folder's import groups, kept while no file's imports and no folder listing change. */
  private readonly partitions = new FolderPartitions(this.session);

  constructor(private readonly settingsOf: SettingsOf) {}

  /** Replaces the workspace folders (absolute paths). */
  setFolders(folders: string[]): void {
    this.folders = [...new Set(folders.map((f) => path.resolve(f)))];
    this.partitions.keepOnly(this.folders);
  }

  /** Adds and removes folders (workspace/didChangeWorkspaceFolders). */
  changeFolders(added: string[], removed: string[]): void {
    const gone = new Set(removed.map((f) => path.resolve(f)));
    this.setFolders([...this.folders.filter((f) => !gone.has(f)), ...added]);
  }

  /** Every scope to analyze again when something outside one file changes. */
  allFolders(): string[] {
    return [...this.folders];
  }

  /** The innermost folder holding `file`, else the file alone. */
  scopeOf(file: string): Scope {
    const abs = path.resolve(file);
    const inside = this.folders.filter((f) => abs.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
    const folder = inside.sort((a, b) => b.length - a.length)[0];
    return folder ? { key: folder, folder: true } : { key: abs, folder: false };
  }

  /**
   * Analyzes the files of a scope that `open` files need: in a folder, every
   * import group holding an open file (a builder's importers are in its
   * entry's group), with the folder as the import root, as `check FOLDER`
   * would; a lone file by itself. `overlay` holds the unsaved buffers.
   */
  async analyze(scope: Scope, open: string[], overlay: Map<string, Uint8Array>, signal: AbortSignal): Promise<ScopeResult> {
    const start = scope.folder ? scope.key : path.dirname(scope.key);
    const settings = this.settingsOf(start);
    // the disk cache holds saved states only: an unsaved buffer's result is rarely asked for again, and
    // storing it after every pause in typing costs more than the session's reuse leaves to do
    const dirty = [...overlay].some(([file, bytes]) => !sameAsDisk(file, bytes));
    const options: Partial<AnalyzeOptions> = { ...settings.analyze, ...(dirty ? { cacheDir: undefined } : {}), overrides: overlay, signal, session: this.session };
    let groups: string[][];
    if (scope.folder) {
      const found = discover([scope.key], { respectGitignore: options.respectGitignore ?? true, include: options.include, exclude: options.exclude, base: options.configDir });
      const wanted = new Set(open.map((f) => path.resolve(f)));
      groups = this.partitions.groups(scope.key, found.files, overlay).filter((g) => g.some((f) => wanted.has(path.resolve(f))));
    } else {
      groups = [[scope.key]];
    }
    const files = groups.flat();
    // the folder's partition is at hand: the run analyzes its groups instead of partitioning them again
    const result = files.length ? await analyzeFiles(files, { ...options, groups }, [start]) : { files: [], errors: [] };
    return { files: new Map(result.files.map((f) => [path.resolve(f.path), f])), severity: settings.severity, work: 'work' in result ? result.work : undefined };
  }
}

/** Whether a buffer holds what its file holds on disk. */
function sameAsDisk(file: string, bytes: Uint8Array): boolean {
  const disk = readOrUndefined(file);
  return !!disk && Buffer.from(disk).equals(bytes);
}

function readOrUndefined(file: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
