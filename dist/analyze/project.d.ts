import { ToolError } from '../errors';
import { ParsedModule } from '../parse/module';
import type { Tree } from 'web-tree-sitter';
import type { ModuleHost } from './eval/interpreter';
import { ModuleContext } from './eval/module-context';
import { AnalysisSession } from './session';
import { WorkCounts } from '../work';
/** Names whose call builds a golden spec, unless configured otherwise. */
export declare const DEFAULT_SPEC_CLASSES: string[];
/** Parses files, or gives back trees it parsed before for the same bytes (exactly what a parse would give). */
export interface TreeSource {
    /** As {@link parseModule}, counting into `work` only the parses it makes. */
    parse(file: string, bytes: Uint8Array, work: WorkCounts): Promise<ParsedModule>;
}
/** A problem with a file the project needed but could not use. */
export interface LoadProblem {
    path: string;
    error: ToolError;
}
/**
 * The set of Python modules an analysis can see: the files being analyzed,
 * plus any module they import that can be found on disk (read, never run,
 * never written). Each module is parsed once, and a library without
 * entries once per session.
 */
export declare class Project implements ModuleHost {
    /** Root directories given to the tool (absolute). */
    readonly roots: string[];
    /** Contents to use instead of the file on disk (an editor's unsaved buffers), by resolved path. */
    private readonly overrides?;
    /** What the run shares between groups (library parses, what exists on disk, region numbers). */
    readonly session: AnalysisSession;
    private readonly contexts;
    private readonly exists;
    private readonly resolved;
    private readonly candidateCache;
    readonly problems: LoadProblem[];
    readonly specClassNames: ReadonlySet<string>;
    /** What this project's analysis did (one import group's work). */
    readonly work: WorkCounts;
    constructor(
    /** Root directories given to the tool (absolute). */
    roots: string[], specClassNames?: Iterable<string>, 
    /** Contents to use instead of the file on disk (an editor's unsaved buffers), by resolved path. */
    overrides?: ReadonlyMap<string, Uint8Array> | undefined, 
    /** What the run shares between groups (library parses, what exists on disk, region numbers). */
    session?: AnalysisSession);
    /** Every module loaded so far (analyzed and imported). */
    all(): ModuleContext[];
    /** Where parses come from instead of tree-sitter when set (a run with a cache: stored trees by content hash). */
    trees?: TreeSource;
    /**
     * Files whose tree-sitter tree is kept when this project parses them
     * (see {@link takeWasmTree}); none when unset.
     */
    keepWasmTree?: (file: string) => boolean;
    private readonly wasmTrees;
    /** Parses a file, counting the work. */
    parse(file: string, bytes: Uint8Array): Promise<ParsedModule>;
    /**
     * The tree-sitter tree this project parsed `parsed` from, if it kept it:
     * the caller owns it (and frees it). Each is given once.
     */
    takeWasmTree(parsed: ParsedModule): Tree | undefined;
    /** Frees the tree-sitter trees kept and not taken. */
    freeWasmTrees(): void;
    /**
     * Parses one of the analyzed files, or takes the session's parse of the
     * same bytes under the same name (a language server analyzes the unchanged
     * files of a group again after each edit).
     */
    parseAnalyzed(file: string, bytes: Uint8Array): Promise<ParsedModule>;
    /** Registers an already parsed file (one of the analyzed files). */
    add(parsed: ParsedModule): ModuleContext;
    /** The context of a file, parsing it on first use; null when unusable. */
    load(file: string): Promise<ModuleContext | null>;
    /**
     * Loads, ahead of evaluation, every module the given ones import that can be
     * found on disk, transitively. Evaluation itself is synchronous.
     */
    preloadImports(modules: ModuleContext[]): Promise<void>;
    resolveImport(from: ModuleContext, dotted: string, level: number): ModuleContext | undefined;
    /** Files an import may refer to, most likely first (remembered per importing directory). */
    private candidates;
}
