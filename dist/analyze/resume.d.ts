import type { Node } from '../parse/syntax-tree';
import type { BlockHooks, Frame, Interp } from './eval/interpreter';
import type { ModuleContext } from './eval/module-context';
import type { Scope } from './eval/scope';
import type { Invocation } from './link';
/**
 * Lets the paths of a harness region share the work before their first
 * choice. Every path runs the same statements up to the test where the first
 * run made its first choice; when that test sits in a statement of the
 * region's body (or of a function the body calls as `f()`), the second run
 * takes a snapshot there (the values built so far are copied, see
 * {@link Cloner}) and every later run starts from a copy of it: the calls on
 * the way to that statement are made again, the statements before it are
 * not. Anything unusual there (inside `try`, under an undecided branch, a
 * closure over a scope the snapshot cannot copy) leaves the runs as they
 * were: each from the start.
 */
export declare class RegionResume implements BlockHooks {
    private readonly body;
    private readonly mod;
    private readonly globalsMark;
    private readonly invocations;
    private readonly modules;
    private bodyDepth;
    private bodyEvidence;
    /** The `f()` statement of the body being run, while it runs. */
    private spine;
    private last;
    private wanted;
    private snapshot;
    private resuming;
    private run;
    private invocationsFrom;
    private readsFrom;
    constructor(body: Node, mod: ModuleContext, globalsMark: {
        at: number;
    }, invocations: Invocation[], modules: () => ModuleContext[]);
    /** Called before each run of the region. */
    startRun(run: number, interp: Interp): void;
    /** Called after the first run: where it made its first choice, if in a resumable statement. */
    endFirstRun(madeChoices: boolean): void;
    enter(interp: Interp, block: Node, scope: Scope, frame: Frame): number;
    before(interp: Interp, block: Node, index: number, scope: Scope, frame: Frame): void;
    /** `body` for the region's body, `callee` for the body of a function it calls as `f()`, at the depths they run at. */
    private kindOf;
    private take;
    /** Puts a copy of the snapshot in place in a resumed run, at its position. */
    private restore;
}
