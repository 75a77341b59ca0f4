"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkCounts = void 0;
exports.workCountNames = workCountNames;
/**
 * Deterministic counts of the work a run did: the same files and options
 * always give the same counts (with `--workers 0`: worker threads each parse
 * the shared libraries they import), whatever the machine's load. The
 * benchmark prints them and CI holds them to a committed budget
 * (`bench/budget.json`, checked by `bench/counts.js`), so a change that makes
 * the engine do much more work fails without any timing.
 *
 * To count something new: add a field here (with a line saying what one unit
 * is), increment it where the work happens (`work.myCount++`, through an
 * object the code already holds: a {@link Project} has one, an evaluator
 * reaches it as `interp.work`), and update the budget. Counting is a field
 * increment: it costs nothing measurable. Each import group counts into its
 * own object (worker threads send theirs back); a run adds them up.
 */
class WorkCounts {
    /** Import groups analyzed (not answered from the cache). */
    groups = 0;
    /** Files parsed by tree-sitter: analyzed and imported modules, and files parsed again to check their edits. */
    filesParsed = 0;
    /** Syntax nodes read out of tree-sitter into compact trees. */
    syntaxNodes = 0;
    /** Node objects made from compact trees: the nodes the analysis looked at. */
    nodesMaterialized = 0;
    /** Module top levels evaluated. */
    moduleRuns = 0;
    /** Evaluator steps (statements and expressions evaluated). */
    evalSteps = 0;
    /** Statements the golden reader read. */
    goldenSteps = 0;
    /** Harness regions explored. */
    regions = 0;
    /** Runs of harness regions, one per path followed (a region run once counts one). */
    regionPaths = 0;
    /** Files whose facts (imports, whether they may hold entries) were computed rather than found in the facts store. */
    factsComputed = 0;
    /** Adds counts (another group's, or a worker's as plain data). */
    add(other) {
        for (const name of workCountNames(this))
            this[name] += other[name] ?? 0;
        return this;
    }
    /** The counts as plain data (what crosses threads and goes to JSON). */
    toJSON() {
        const out = {};
        for (const name of workCountNames(this))
            out[name] = this[name];
        return out;
    }
}
exports.WorkCounts = WorkCounts;
/** The names of the counts, in declaration order. */
function workCountNames(counts = new WorkCounts()) {
    return Object.keys(counts).filter((k) => typeof counts[k] === 'number');
}
//# sourceMappingURL=work.js.map