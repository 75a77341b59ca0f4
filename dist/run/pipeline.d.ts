import type { AnalysisSession } from '../analyze/session';
import type { EvidenceMode } from '../decide/decide';
import type { EraSetting } from '../rules/types';
import type { Finding } from '../decide/findings';
import type { ToolError } from '../errors';
import type { Edit } from '../rewrite/edits';
import { WorkCounts } from '../work';
/** Heap size past which the garbage of finished groups is collected. */
export declare const GROUP_HEAP_MB = 64;
/** Options of an analysis run (the CLI's flags map onto these). */
export interface AnalyzeOptions {
    /** `all`: every spec built while evaluating `specs=`; `final`: only the list passed. */
    evidence: EvidenceMode;
    respectGitignore: boolean;
    /** Extra class/function names that build a golden spec. */
    specClasses: string[];
    /** Extra harness function names taking `fn=`/`program=` and `specs=`. */
    harnessFunctions: string[];
    /** Globs for directory walks (see `discover`), relative to `configDir`. */
    include?: string[];
    exclude?: string[];
    configDir?: string;
    /**
     * Contents to use instead of reading a file, by resolved path: the source
     * read from stdin, or an editor's unsaved buffers (analyzed files and
     * imported modules alike).
     */
    overrides?: Map<string, Uint8Array>;
    /** Called as groups of files finish: (files done, files in all). */
    onProgress?: (done: number, total: number) => void;
    /** Directory of the result cache; undefined disables it. */
    cacheDir?: string;
    /** Worker threads for independent groups of files (0 or 1: none). */
    workers: number;
    /** Stops the run between groups of files (it rejects with the signal's reason). */
    signal?: AbortSignal;
    /** Split the files into independent import groups (default true). */
    partition?: boolean;
    /**
     * The files' import groups, when the caller has them (a language server
     * keeps each folder's partition): they are analyzed as given, not
     * partitioned again. Together they hold exactly the files given.
     */
    groups?: string[][];
    /** Ids of the rules that run (see `rules/index.ts`); default: the rules on by default. */
    rules?: string[];
    /** The golden harness era: detected per spec call (`auto`, the default) or forced. */
    era?: EraSetting;
    /**
     * What analyses share (library parses, region numbers): a language-server
     * workspace passes its own so that it outlives one analysis; a run makes
     * one when none is given. Never crosses into a worker thread.
     */
    session?: AnalysisSession;
    /** Apply unsafe fixes too (`--unsafe-fixes`); by default they are reported and left pending. */
    unsafeFixes?: boolean;
    /**
     * Whether report-only findings (warnings) will be shown (default true).
     * When false, rules may skip work that feeds only them (the spec-era
     * golden cross-check), so results differ: it is part of the cache key.
     */
    warnings?: boolean;
    /**
     * Whether the result must hold the explanation-only findings (`ok`, `era`, ...;
     * see `explanationOnly`), default true. When false, a whole-run cache hit
     * may leave them out and read a much smaller entry: `check` and `fix` show none.
     */
    explanations?: boolean;
}
export declare const DEFAULT_OPTIONS: AnalyzeOptions;
/** The outcome for one analyzed file. */
export interface FileResult {
    path: string;
    findings: Finding[];
    edits: Edit[];
    /** Each finding this run fixes, with the edits that make it (for interactive review). */
    fixes: Array<{
        finding: Finding;
        edits: Edit[];
    }>;
    /** Unsafe fixes this run does not apply (no --unsafe-fixes): offered by the language server, shown in SARIF. */
    withheld?: Array<{
        finding: Finding;
        edits: Edit[];
    }>;
    /** Source text (BOM stripped) and whether it had a BOM. */
    original?: {
        text: string;
        bom: boolean;
        bytes: Uint8Array;
    };
    /** The fixed text, when there are edits. */
    output?: string;
    error?: ToolError;
}
/** The outcome of a run over a set of paths. */
export interface AnalysisResult {
    files: FileResult[];
    /** Problems with given paths that are not files (missing, unreadable). */
    errors: ToolError[];
    /** The work this run did (what came from the cache cost none). */
    work?: WorkCounts;
}
/** Discovers Python files under `paths` and analyzes them, each real file once (see `uniqueByRealPath`). */
export declare function analyzePaths(paths: string[], options?: Partial<AnalyzeOptions>): Promise<AnalysisResult>;
/**
 * Analyzes the given files together (imports between them and to modules on
 * disk are followed, read-only), decides every entry param, and computes and
 * verifies the edits. Nothing is written.
 */
export declare function analyzeFiles(files: string[], options?: Partial<AnalyzeOptions>, roots?: string[]): Promise<AnalysisResult>;
