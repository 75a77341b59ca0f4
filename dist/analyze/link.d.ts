import type { Node } from 'web-tree-sitter';
import { Interp } from './eval/interpreter';
import type { ModuleContext } from './eval/module-context';
import { SpecRecord, Value } from './eval/values';
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
    /** How specs bind to params: by name (golden harnesses) or by position (PTOTestCase). */
    bindBy: 'name' | 'position';
    /** The evaluated golden function (`golden_fn=`, PTOTestCase's `compute_expected`), if any. */
    golden?: Value;
    /** The evaluated `compare_fn=` argument, if any. */
    compare?: Value;
}
/** A harness call that was never reached by evaluation, or whose run failed. */
export interface LinkProblem {
    site: {
        path: string;
        node: Node;
    };
    why: string;
}
/**
 * Evaluates every place of a module that can reach a harness call: the
 * `if __name__ == "__main__":` block, each top-level function containing a
 * harness call, and test-case classes. Harness calls are intercepted, never
 * executed; their specs argument is evaluated with an evidence frame open.
 */
export declare function linkModule(project: Project, mod: ModuleContext, harnesses: readonly CallHarness[]): {
    invocations: Invocation[];
    problems: LinkProblem[];
    directionReads: Interp['directionReads'];
};
