import type { Node } from '../parse/syntax-tree';
import { BudgetExceeded, Interp } from './eval/interpreter';
import type { ModuleContext } from './eval/module-context';
import { MAX_PATHS, PathEnd, PathExplorer } from './eval/paths';
import type { Invocation, LinkProblem, PathTag } from './link';

let regions = 0;

/**
 * Evaluates one harness region (the `__main__` block, a function holding a
 * harness call, a test) path by path, so values chosen together on a path
 * stay together; invocations it adds are tagged with their path. A region
 * with more than {@link MAX_PATHS} paths is evaluated once with branches
 * merged; a region with a single path is left untagged.
 */
export function exploreRegion(interp: Interp, mod: ModuleContext, node: Node, fn: () => void, invocations: Invocation[], problems: LinkProblem[]): void {
  interp.work.regions++;
  const once = (): boolean => {
    interp.work.regionPaths++;
    interp.steps = 0;
    interp.uncertain = 0;
    try {
      fn();
    } catch (e) {
      if (e instanceof PathEnd) return true; // the path surely raises: what it reached still counts
      if (!(e instanceof BudgetExceeded)) throw e;
      problems.push({ site: { path: mod.path, node }, why: e.message });
      return false;
    }
    return true;
  };
  const start = invocations.length;
  const globals = new Map(mod.globals.vars);
  const restore = () => {
    mod.globals.vars.clear();
    for (const [k, v] of globals) mod.globals.vars.set(k, v);
  };
  const paths = new PathExplorer();
  const region = ++regions;
  const tags: PathTag[] = [];
  while (paths.start()) {
    if (paths.runs > MAX_PATHS) break;
    restore();
    const mark = invocations.length;
    interp.paths = paths;
    let ok: boolean;
    try {
      ok = once();
    } finally {
      interp.paths = undefined;
    }
    const tag = { region, run: paths.runs, label: paths.label() };
    tags.push(tag);
    for (const inv of invocations.slice(mark)) inv.path = tag;
    paths.finish();
    if (!ok) return;
  }
  if (paths.runs > MAX_PATHS) {
    invocations.length = start;
    restore();
    once();
    return;
  }
  if (tags.length === 1) for (const inv of invocations.slice(start)) delete inv.path;
}
