import type { Node, SyntaxTree } from '../../parse/syntax-tree';
import type { Value } from '../eval/values';
import { ClosureReads } from './bindings';
/** Binds the names of an import statement met in a golden function (resolved, never run). */
export type ImportResolver = (path: string, stmt: Node) => Map<string, Value>;
/**
 * How the reader reached a scope it looked names up in, from the reading's
 * own inputs: a golden option's closure, the closure of the function an
 * earlier lookup found, or that of a function an import statement bound.
 * Another run of the same code reaches its own scope the same way.
 */
export type ScopeRef = {
    option: number;
} | {
    read: number;
} | {
    imported: number;
    name: string;
};
/** One value the reader took from evaluated code, described as the reader sees it. */
export type TraceEvent = {
    kind: 'lookup';
    scope?: ScopeRef;
    name: string;
    found: string;
} | {
    kind: 'import';
    path: string;
    stmt: Node;
    found: string;
};
/**
 * Everything a golden reading took from evaluated values, in order: each name
 * looked up (where, and what it found) and each import statement resolved
 * (the functions it bound). Everything else the reader reads is syntax, of
 * the trees listed. A reading is a pure function of these: another run in
 * which the same lookups find the same (see {@link traceHolds}), over the
 * same trees, reads the same.
 */
export interface ReadTrace {
    events: TraceEvent[];
    /** The trees whose syntax the reading read (its options' and the helpers' it followed); it holds their nodes. */
    trees: Set<SyntaxTree>;
}
/** Records a reading's {@link ReadTrace} as the reader goes. */
export declare class TraceRecorder {
    readonly trace: ReadTrace;
    private readonly describer;
    /** How each function value met was first reached (its closure is reached the same way in another run). */
    private readonly routes;
    /** Records a lookup of `name` in the scope reached by `scope` that found `v`. */
    lookup(scope: ScopeRef | undefined, name: string, v: Value | undefined): void;
    /** Records an import statement of `path` resolved to `bound`. */
    imported(path: string, stmt: Node, bound: Map<string, Value>): void;
    /** How a function value the reading met was reached. */
    routeOf(v: Value): ScopeRef | undefined;
}
/**
 * Whether a trace holds for these golden options in this run: each lookup,
 * made again in the scope reached the same way, finds what it found, and
 * each import statement binds the same functions. Returns the lookups in
 * the options' own closures as a fresh reading records them (for the
 * analysis's memo), or undefined when the trace does not hold.
 */
export declare function traceHolds(trace: ReadTrace, options: Value[], imports?: ImportResolver): ClosureReads | undefined;
