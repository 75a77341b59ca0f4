import type { Node } from '../../parse/syntax-tree';
import type { ModuleContext } from './module-context';
import { Scope } from './scope';
import type { EvaluatedArgs } from './specs';
import { PathExplorer } from './paths';
import { Fact, Site, SpecRecord, Value } from './values';
import { WorkCounts } from '../../work';
/** Thrown when an evaluation exceeds its step or size budget; caught per harness run. */
export declare class BudgetExceeded extends Error {
    /** Where the budget ran out, when that names a better place than the region. */
    readonly at?: Site | undefined;
    constructor(message: string, 
    /** Where the budget ran out, when that names a better place than the region. */
    at?: Site | undefined);
}
/**
 * The reason for a JavaScript failure that analyzed code can provoke (a
 * stack exhausted by nesting, a string or array past what V8 holds), placed
 * at the statement the evaluator was running; undefined for anything else
 * (a bug, rethrown).
 */
export declare function namedFailure(e: unknown, interp?: Interp): {
    why: string;
    at?: Site;
} | undefined;
/** How a statement ended. */
export type Flow = 'next' | 'break' | 'continue' | 'return' | 'raise';
/** Per-call state: return values seen so far and whether the tail is uncertain. */
export interface Frame {
    returns: Value[];
    /** Uncertainty added for the rest of the call after a branch-local return/break. */
    extraUncertain: number;
}
/** Specs seen while one harness argument was evaluated. */
export interface EvidenceFrame {
    base: number;
    /** Each spec with whether it was built/read on a path that surely runs. */
    specs: Map<SpecRecord, boolean>;
}
/** Everything a module or import lookup needs from the project. */
export interface ModuleHost {
    /** Resolves an import to a module context (parsed, not yet run), or undefined. */
    resolveImport(from: ModuleContext, dotted: string, level: number): ModuleContext | undefined;
    /** Names of classes/functions whose call builds a golden spec. */
    readonly specClassNames: ReadonlySet<string>;
    /** Where the evaluator counts its work (see `work.ts`). */
    readonly work?: WorkCounts;
}
/**
 * Watches the statements of blocks as they run: path exploration uses it to
 * resume a region's later paths after the prefix they all share.
 */
export interface BlockHooks {
    /** The statement a block starts at (0 unless a run resumes inside it). */
    enter(interp: Interp, block: Node, scope: Scope, frame: Frame): number;
    /** Called before each statement of a block runs. */
    before(interp: Interp, block: Node, index: number, scope: Scope, frame: Frame): void;
}
/** Lets harness adapters intercept calls; return a value to replace the call. */
export type CallHook = (call: Node, scope: Scope, interp: Interp) => Value | undefined;
/**
 * A small abstract interpreter for the Python that builds golden specs. It
 * never executes the analyzed code: it walks its syntax tree, models literal
 * data, lists, dicts, functions and classes, and answers `unknown` for
 * anything else. Branches whose condition is unknown are both explored, with
 * the work done there marked uncertain.
 */
export declare class Interp {
    readonly host: ModuleHost;
    readonly hook?: CallHook | undefined;
    readonly maxSteps: number;
    readonly maxCells: number;
    steps: number;
    /** Cells built or scanned (see {@link MAX_CELLS}), counted like steps. */
    cells: number;
    /** How deeply expressions nest in the current evaluation. */
    nesting: number;
    /** How many undecidable branches enclose the current evaluation. */
    uncertain: number;
    depth: number;
    readonly evidence: EvidenceFrame[];
    /** Reads of `.is_output`/`.is_input` on spec values, in evaluation order. */
    readonly directionReads: Array<{
        node: Node;
        spec: SpecRecord;
        path: string;
    }>;
    /** Specs built or read while a call ran, keyed by the value it returned. */
    readonly provenance: WeakMap<object, Map<SpecRecord, boolean>>;
    /** Called with every instance a class call builds (class-style harnesses link them). */
    onInstance: ((instance: Value & {
        k: 'instance';
    }, call: Node, scope: Scope) => void) | undefined;
    /** The calls of user functions being evaluated, outermost first (wrappers of a harness call). */
    readonly callers: Array<{
        path: string;
        node: Node;
    }>;
    /** Set while one path of a harness region is followed (see {@link PathExplorer}). */
    paths: PathExplorer | undefined;
    /** Set while one path of a harness region is followed, to resume it after a shared prefix. */
    blockHooks: BlockHooks | undefined;
    /** Work counts: region runs started, and those resumed after the prefix their region's paths share. */
    readonly runs: {
        started: number;
        resumed: number;
    };
    /** How many `try ... except` (or `pytest.raises`) blocks enclose the current statement. */
    private catching;
    /** Counts of the work done (the host's, else this evaluator's own). */
    readonly work: WorkCounts;
    /** The statement being executed (the innermost), to place a failure. */
    private currentNode;
    private currentPath;
    constructor(host: ModuleHost, hook?: CallHook | undefined, maxSteps?: number, maxCells?: number);
    /** Counts one evaluation step; throws {@link BudgetExceeded} past the budget. */
    tick(): void;
    /**
     * Counts `n` cells built or scanned (items copied, entries searched);
     * throws {@link BudgetExceeded} past the budget, at the current statement.
     */
    charge(n: number): void;
    /** How many `try ... except` blocks enclose the current statement. */
    get catchingDepth(): number;
    /** The statement being executed, if any. */
    site(): Site | undefined;
    /** Runs a module's top level once (not as `__main__`). */
    ensureModule(mod: ModuleContext): void;
    /** Records a spec in every open evidence frame. */
    noteSpec(spec: SpecRecord): void;
    /** Evaluates `fn` with an evidence frame open; returns its value and the frame. */
    withEvidence<T>(fn: () => T): {
        value: T;
        frame: EvidenceFrame;
    };
    /** Runs `fn` as if on a path that may not be taken. */
    maybe<T>(fn: () => T): T;
    execBlock(block: Node, scope: Scope, frame: Frame): Flow;
    execStmt(stmt: Node, scope: Scope, frame: Frame): Flow;
    private evalStatementExpr;
    private assignStmt;
    private augAssign;
    /** Binds a value to an assignment target (names, unpacking, attributes, items). */
    bind(target: Node, value: Value, scope: Scope): void;
    private define;
    private importStmt;
    /** The value of `import dotted`: an analyzed module, or an external name. */
    moduleValue(from: ModuleContext, dotted: string, level: number): Value;
    private ifStmt;
    private catchingIf;
    /** The fact an undecided condition tests, if it is about a run-time value. */
    factFor(v: Value, text: string): Fact | undefined;
    /**
     * The truth of a condition; on an explored path an undecided test of a
     * run-time value is decided by the path (with `choose`, a new choice may be made).
     */
    truth(v: Value, text: string, choose: boolean): boolean | undefined;
    private maybeIf;
    /**
     * Runs alternative blocks of which at most one runs (or, with `orNone`,
     * possibly none), then merges the variables they leave behind.
     */
    private branches;
    private forStmt;
    private runBody;
    /** Calls a user-defined function or lambda with evaluated arguments. */
    callFunction(fn: Value & {
        k: 'func' | 'lambda';
    }, args: EvaluatedArgs, self?: Value): Value;
}
