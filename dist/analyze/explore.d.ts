import type { Node } from '../parse/syntax-tree';
import { Interp } from './eval/interpreter';
import type { ModuleContext } from './eval/module-context';
import type { Invocation, LinkProblem } from './link';
/** Where later paths of a region may resume after the prefix all paths share (see {@link RegionResume}). */
export interface Resumable {
    /** The region's body: the `__main__` block, or the body of the function that is the region. */
    body: Node;
    /** Every module loaded (what their globals reach is shared by all paths). */
    modules: () => ModuleContext[];
}
/**
 * Evaluates one harness region (the `__main__` block, a function holding a
 * harness call, a test) path by path, so values chosen together on a path
 * stay together; invocations it adds are tagged with their path. A region
 * with more than {@link MAX_PATHS} paths is evaluated once with branches
 * merged; a region with a single path is left untagged. `region` numbers the
 * region uniquely among those decided together. With `resumable`, paths
 * after the second start where the first made its first choice.
 */
export declare function exploreRegion(interp: Interp, mod: ModuleContext, node: Node, fn: () => void, invocations: Invocation[], problems: LinkProblem[], region: number, resumable?: Resumable): void;
