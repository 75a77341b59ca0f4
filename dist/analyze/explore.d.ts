import type { Node } from '../parse/syntax-tree';
import { Interp } from './eval/interpreter';
import type { ModuleContext } from './eval/module-context';
import type { Invocation, LinkProblem } from './link';
/**
 * Evaluates one harness region (the `__main__` block, a function holding a
 * harness call, a test) path by path, so values chosen together on a path
 * stay together; invocations it adds are tagged with their path. A region
 * with more than {@link MAX_PATHS} paths is evaluated once with branches
 * merged; a region with a single path is left untagged.
 */
export declare function exploreRegion(interp: Interp, mod: ModuleContext, node: Node, fn: () => void, invocations: Invocation[], problems: LinkProblem[]): void;
