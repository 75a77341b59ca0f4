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
export declare class WorkCounts {
    /** Import groups analyzed (not answered from the cache). */
    groups: number;
    /** Files parsed by tree-sitter: analyzed and imported modules, and files parsed again to check their edits. */
    filesParsed: number;
    /** Syntax nodes read out of tree-sitter into compact trees. */
    syntaxNodes: number;
    /** Node objects made from compact trees: the nodes the analysis looked at. */
    nodesMaterialized: number;
    /** Module top levels evaluated. */
    moduleRuns: number;
    /** Evaluator steps (statements and expressions evaluated). */
    evalSteps: number;
    /** Statements the golden reader read. */
    goldenSteps: number;
    /** Harness regions explored. */
    regions: number;
    /** Runs of harness regions, one per path followed (a region run once counts one). */
    regionPaths: number;
    /** Files whose facts (imports, whether they may hold entries) were computed rather than found in the facts store. */
    factsComputed: number;
    /** Adds counts (another group's, or a worker's as plain data). */
    add(other: Partial<Record<WorkCountName, number>>): this;
    /** The counts as plain data (what crosses threads and goes to JSON). */
    toJSON(): Record<WorkCountName, number>;
}
/** The name of a count. */
export type WorkCountName = {
    [K in keyof WorkCounts]: WorkCounts[K] extends number ? K : never;
}[keyof WorkCounts];
/** The names of the counts, in declaration order. */
export declare function workCountNames(counts?: WorkCounts): WorkCountName[];
