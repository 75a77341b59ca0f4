import type { Node } from '../parse/syntax-tree';
import { Interp } from './eval/interpreter';
import type { ModuleContext } from './eval/module-context';
import { SpecRecord, Value } from './eval/values';
import { type ClassHarness, type HarnessBinding } from './harness';
import { CallHarness } from './harness/adapter';
import type { Project } from './project';
/** One evaluation of a harness call (or test-case class) and what it linked. */
export interface Invocation {
    harness: string;
    /** The harness call, or the test-case class. */
    site: {
        path: string;
        node: Node;
    };
    /** The evaluated `fn=`/`program=` value. */
    target: Value;
    /** Every spec built or read while the specs argument was evaluated. */
    evidence: Map<SpecRecord, boolean>;
    /** The evaluated specs argument itself (for `--evidence final`). */
    specs: Value;
    /** How the harness's runner binds the specs to the entry's params. */
    binding: HarnessBinding;
    /** The evaluated golden function (`golden_fn=`, PTOTestCase's `compute_expected`), if any. */
    golden?: Value;
    /** The evaluated `compare_fn=` argument, if any. */
    compare?: Value;
    /** Calls of the functions wrapping the harness call (`run_case(...)` calling `run_jit`), innermost last. */
    callers?: Array<{
        path: string;
        node: Node;
    }>;
    /** Set when the region holding the call has several paths: which one this run followed. */
    path?: PathTag;
}
/** One explored path of a harness region. */
export interface PathTag {
    /** Unique per evaluated region of a run of the tool. */
    region: number;
    run: number;
    /** The choices the path made, in words. */
    label: string;
}
/** A harness call that was never reached by evaluation, or whose run failed. */
export interface LinkProblem {
    site: {
        path: string;
        node: Node;
    };
    why: string;
    /**
     * Entries named by a plain name at a harness call this problem left
     * unevaluated (its region stopped before it, or it was never reached):
     * their tensor params stay undecided, never silently `not-linked`.
     */
    unevaluated?: Array<{
        entry: {
            path: string;
            def: Node;
        };
        harness: {
            path: string;
            node: Node;
        };
    }>;
}
/**
 * Evaluates every place of a module that can reach a harness call: the
 * `if __name__ == "__main__":` block, each top-level function (or method)
 * containing a harness call or calling one that does, and in a test module
 * every test function and decorator list. Each is followed path by path
 * (`explore.ts`). Harness calls are intercepted, never executed; their specs
 * argument is evaluated with an evidence frame open. Instances of test-case
 * classes are linked where they are built.
 */
export declare function linkModule(project: Project, mod: ModuleContext, harnesses: readonly CallHarness[], classHarnesses?: readonly ClassHarness[]): {
    invocations: Invocation[];
    problems: LinkProblem[];
    directionReads: Interp['directionReads'];
    runs: Interp['runs'];
};
