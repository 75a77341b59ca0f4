"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.combinePaths = combinePaths;
const model_1 = require("../model");
const coverage_1 = require("./coverage");
/**
 * Combines the paths of one harness region. Evidence is certain when every
 * path that links the param's entry asks for the same direction; what only
 * some paths ask for is reported, naming the paths. Undecided evidence of any
 * path is kept.
 */
function combinePaths(paths, stateOf) {
    const params = new Map();
    for (const path of paths) {
        for (const [param, state] of path.states) {
            const list = params.get(param) ?? [];
            list.push({ label: path.label, state });
            params.set(param, list);
        }
    }
    for (const [param, list] of params) {
        const target = stateOf(list[0].state.fn, param);
        target.linked = true;
        const ranks = list.map((x) => (0, model_1.rank)(x.state.wanted));
        const least = list[ranks.indexOf(Math.min(...ranks))];
        const most = list[ranks.indexOf(Math.max(...ranks))];
        if ((0, model_1.rank)(least.state.wanted) > (0, model_1.rank)(target.wanted)) {
            target.wanted = least.state.wanted;
            target.evidence = least.state.evidence;
        }
        if (most.state.wanted !== least.state.wanted) {
            const weaker = list.filter((x) => x.state.wanted !== most.state.wanted);
            target.undecided.push({
                reason: 'path-dependent',
                detail: `${most.state.wanted} on the path where ${name(most.label)}, but ${describe(weaker.map((x) => [x.state.wanted, x.label]))}`,
                could: most.state.wanted,
                evidence: most.state.evidence,
            });
        }
        for (const { state } of list) {
            for (const h of state.harnesses ?? [])
                (0, coverage_1.noteHarness)(target, h);
            for (const u of state.undecided)
                if (!target.undecided.some((t) => t.reason === u.reason && t.detail === u.detail))
                    target.undecided.push(u);
        }
    }
}
function name(label) {
    return label || 'no test is assumed';
}
function describe(paths) {
    const shown = paths.slice(0, 2).map(([d, label]) => `${d} where ${name(label)}`);
    return shown.join('; ') + (paths.length > 2 ? ` (and ${paths.length - 2} more paths)` : '');
}
//# sourceMappingURL=paths.js.map