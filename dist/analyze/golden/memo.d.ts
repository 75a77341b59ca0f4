import type { Value } from '../eval/values';
import type { WorkCounts } from '../../work';
import { GoldenReading, ImportResolver } from './reader';
/**
 * The golden readings of one analysis (one set of syntax trees and one
 * import resolver), reused by source: each path of a harness region makes
 * function values of its own (a lambda, a closure), but the same function
 * source whose closure lookups find the same things reads the same.
 */
export declare class GoldenReadings {
    private readonly imports?;
    private readonly work?;
    private readonly bySource;
    /** Readings made (not reused), for work counts. */
    made: number;
    constructor(imports?: ImportResolver | undefined, work?: WorkCounts | undefined);
    /** The reading of a golden function value (see `readGolden`). */
    read(fn: Value): GoldenReading | undefined;
}
