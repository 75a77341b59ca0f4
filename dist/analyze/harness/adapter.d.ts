import type { Node } from '../../parse/syntax-tree';
import { CallArgs } from '../syntax';
import { type HarnessBinding } from './binding';
/** Which arguments of a harness call name the entry and its golden specs. */
export interface HarnessMatch {
    target: Node;
    specs: Node;
    /** The golden function argument (`golden_fn=`, `golden=`), when given. */
    golden?: Node;
    /** The `compare_fn=` argument, when given. */
    compare?: Node;
}
/**
 * A test harness whose calls link an entry to golden specs, recognised by
 * the callee's name and its keywords (never by running it).
 */
export interface CallHarness {
    /** Stable id used in findings and explanations, e.g. `run_jit`. */
    id: string;
    /** Callee names (last component) this harness is called by. */
    calleeNames: readonly string[];
    /** How its runner binds the specs to the entry's params. */
    binding: HarnessBinding;
    match(call: Node, args: CallArgs): HarnessMatch | undefined;
}
/** Defines a harness recognised by callee name and keyword arguments. */
export declare function keywordHarness(id: string, calleeNames: string[], targetKeys: string[], specKeys: string[], binding?: HarnessBinding): CallHarness;
/** Matches a call against harnesses; undefined when none applies. */
export declare function matchHarness(call: Node, harnesses: readonly CallHarness[]): {
    harness: CallHarness;
    match: HarnessMatch;
} | undefined;
