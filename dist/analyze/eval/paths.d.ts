import { Fact, Value } from './values';
/** Thrown when a path surely raises: what it would do next never runs. */
export declare class PathEnd extends Error {
}
/** Most paths explored per harness region; beyond, the region is evaluated merged. */
export declare const MAX_PATHS = 32;
/** What one path assumes about one run-time value. */
export interface Knowledge {
    eq?: Value;
    ne: Value[];
    within?: Value[];
    truthy?: boolean;
    /** For a run-time collection: literals it holds, and literals it does not. */
    holds: Value[];
    lacks: Value[];
}
/**
 * Whether a value can be the subject of a fact: a run-time value kept by
 * identity (a command-line argument, an attribute of one, an unknown argument
 * of the function holding the harness), not the result of an undecided test.
 */
export declare function isSubject(v: Value): boolean;
/** A fact about `subject` compared with literals, or undefined when the test cannot be one. */
export declare function factOf(op: string, a: Value, b: Value, text: string): Fact | undefined;
/**
 * Explores the paths of one harness region one at a time: each run follows
 * one outcome of every undecided test about a run-time value (a command-line
 * mode, a flag) and remembers it, so a later test of the same value agrees
 * and values chosen together on one path stay together. Runs are enumerated
 * depth first by their vector of choices.
 */
export declare class PathExplorer {
    private next;
    private prescribed;
    private choices;
    private labels;
    private known;
    /** Runs started so far. */
    runs: number;
    /** Starts the next run; false when every path has been explored. */
    start(): boolean;
    /** Ends a run and prepares the next choice vector. */
    finish(): void;
    /** What this run assumes so far (a copy), to {@link PathExplorer.assumeAll} again in a later run. */
    assumptions(): ReadonlyMap<unknown, Readonly<Knowledge>>;
    /** Assumes again what an earlier run assumed before its first choice (a run resumed after that prefix). */
    assumeAll(saved: ReadonlyMap<unknown, Readonly<Knowledge>>): void;
    /** Whether this run made no choice (the region has a single path). */
    get straight(): boolean;
    /** The choices of this run, in words. */
    label(): string;
    /** What this path already knows about a fact, or undefined. */
    evaluate(f: Fact): boolean | undefined;
    /** Decides an undecided fact for this path (assuming it), or undefined past the budget. */
    decide(f: Fact): boolean | undefined;
    /** Assumes a fact one way on this path without making a choice (a guard clause that raises). */
    assume(f: Fact, outcome: boolean): void;
}
