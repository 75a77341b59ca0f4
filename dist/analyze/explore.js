"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exploreRegion = exploreRegion;
const interpreter_1 = require("./eval/interpreter");
const paths_1 = require("./eval/paths");
const resume_1 = require("./resume");
/**
 * Evaluates one harness region (the `__main__` block, a function holding a
 * harness call, a test) path by path, so values chosen together on a path
 * stay together; invocations it adds are tagged with their path. A region
 * with more than {@link MAX_PATHS} paths is evaluated once with branches
 * merged; a region with a single path is left untagged. `region` numbers the
 * region uniquely among those decided together. With `resumable`, paths
 * after the second start where the first made its first choice.
 */
function exploreRegion(interp, mod, node, fn, invocations, problems, region, resumable) {
    interp.work.regions++;
    const once = () => {
        interp.work.regionPaths++;
        interp.runs.started++;
        interp.steps = 0;
        interp.cells = 0;
        interp.uncertain = 0;
        try {
            fn();
        }
        catch (e) {
            if (e instanceof paths_1.PathEnd)
                return true; // the path surely raises: what it reached still counts
            const failure = e instanceof interpreter_1.BudgetExceeded ? { why: e.message, at: e.at } : (0, interpreter_1.namedFailure)(e, interp);
            if (!failure)
                throw e;
            problems.push(placed(mod, node, failure.why, failure.at));
            return false;
        }
        return true;
    };
    const start = invocations.length;
    // every run starts from the module's bindings as they were: what a run wrote is undone
    const mark = mod.globals.mark();
    const restore = () => mod.globals.undo(mark);
    const resume = resumable && new resume_1.RegionResume(resumable.body, mod, mark, invocations, resumable.modules);
    try {
        const paths = new paths_1.PathExplorer();
        const tags = [];
        while (paths.start()) {
            if (paths.runs > paths_1.MAX_PATHS)
                break;
            restore();
            const first = invocations.length;
            interp.paths = paths;
            resume?.startRun(paths.runs, interp);
            interp.blockHooks = resume;
            let ok;
            try {
                ok = once();
            }
            finally {
                interp.paths = undefined;
                interp.blockHooks = undefined;
            }
            if (paths.runs === 1)
                resume?.endFirstRun(!paths.straight);
            const tag = { region, run: paths.runs, label: paths.label() };
            tags.push(tag);
            for (let i = first; i < invocations.length; i++)
                invocations[i].path = tag;
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
            for (let i = start; i < invocations.length; i++)
                delete invocations[i].path;
    }
    finally {
        mod.globals.release(mark);
    }
}
/**
 * A problem of a region, placed where it arose when that is in the region's
 * module (else at the region, naming the place).
 */
function placed(mod, region, why, at) {
    if (!at)
        return { site: { path: mod.path, node: region }, why };
    if (at.path === mod.path)
        return { site: at, why };
    const file = at.path.replace(/\\/g, '/').split('/').pop();
    return { site: { path: mod.path, node: region }, why: `${why} (${file}:${at.node.startPosition.row + 1})` };
}
//# sourceMappingURL=explore.js.map