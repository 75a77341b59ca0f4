"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exploreRegion = exploreRegion;
const interpreter_1 = require("./eval/interpreter");
const paths_1 = require("./eval/paths");
let regions = 0;
/**
 * Evaluates one harness region (the `__main__` block, a function holding a
 * harness call, a test) path by path, so values chosen together on a path
 * stay together; invocations it adds are tagged with their path. A region
 * with more than {@link MAX_PATHS} paths is evaluated once with branches
 * merged; a region with a single path is left untagged.
 */
function exploreRegion(interp, mod, node, fn, invocations, problems) {
    interp.work.regions++;
    const once = () => {
        interp.work.regionPaths++;
        interp.steps = 0;
        interp.uncertain = 0;
        try {
            fn();
        }
        catch (e) {
            if (e instanceof paths_1.PathEnd)
                return true; // the path surely raises: what it reached still counts
            if (!(e instanceof interpreter_1.BudgetExceeded))
                throw e;
            problems.push({ site: { path: mod.path, node }, why: e.message });
            return false;
        }
        return true;
    };
    const start = invocations.length;
    const globals = new Map(mod.globals.vars);
    const restore = () => {
        mod.globals.vars.clear();
        for (const [k, v] of globals)
            mod.globals.vars.set(k, v);
    };
    const paths = new paths_1.PathExplorer();
    const region = ++regions;
    const tags = [];
    while (paths.start()) {
        if (paths.runs > paths_1.MAX_PATHS)
            break;
        restore();
        const mark = invocations.length;
        interp.paths = paths;
        let ok;
        try {
            ok = once();
        }
        finally {
            interp.paths = undefined;
        }
        const tag = { region, run: paths.runs, label: paths.label() };
        tags.push(tag);
        for (const inv of invocations.slice(mark))
            inv.path = tag;
        paths.finish();
        if (!ok)
            return;
    }
    if (paths.runs > paths_1.MAX_PATHS) {
        invocations.length = start;
        restore();
        once();
        return;
    }
    if (tags.length === 1)
        for (const inv of invocations.slice(start))
            delete inv.path;
}
//# sourceMappingURL=explore.js.map