import type { Value } from '../eval/values';
import type { SyntaxTree } from '../../parse/syntax-tree';
import { ClosureReads } from './bindings';
import type { WorkCounts } from '../../work';
import { GoldenReading, ImportResolver } from './reader';
import { ReadTrace } from './trace';
/** How many golden readings a session keeps (the least recently used go first). */
export declare const MAX_KEPT_READINGS = 512;
/**
 * Golden readings kept across the analyses of a session (a language
 * server's workspace), by the definition nodes they read (a kept parse is
 * the same object while its file's bytes are the same): after an edit,
 * a golden function whose trace still holds (see {@link traceHolds}) is
 * not read again. Nothing of another run is trusted beyond what the trace
 * re-checks: every value the reading took is looked up again in this run.
 */
export declare class KeptReadings {
    private readonly byKey;
    private count;
    /** A kept reading of these options whose trace holds in this run, with the lookups it made in their closures. */
    find(options: Value[], imports?: ImportResolver): {
        reading: GoldenReading | undefined;
        closures: ClosureReads;
    } | undefined;
    /** Keeps a reading made in this run, dropping the least recently used beyond {@link MAX_KEPT_READINGS}. */
    keep(options: Value[], trace: ReadTrace, reading: GoldenReading | undefined): void;
    /** Drops the readings of trees no longer kept (their definition nodes cannot be met again; they only hold memory). */
    keepOnly(alive: ReadonlySet<SyntaxTree>): void;
    /** How many readings are kept. */
    get size(): number;
}
/**
 * The golden readings of one analysis (one set of syntax trees and one
 * import resolver), reused by source: each path of a harness region makes
 * function values of its own (a lambda, a closure), but the same function
 * source whose closure lookups find the same things reads the same.
 */
export declare class GoldenReadings {
    private readonly imports?;
    private readonly work?;
    /** Readings kept across the analyses of a session, if any. */
    private readonly kept?;
    private readonly bySource;
    /** Readings made (not reused), for work counts. */
    made: number;
    constructor(imports?: ImportResolver | undefined, work?: WorkCounts | undefined, 
    /** Readings kept across the analyses of a session, if any. */
    kept?: KeptReadings | undefined);
    /** The reading of a golden function value (see `readGolden`). */
    read(fn: Value): GoldenReading | undefined;
}
