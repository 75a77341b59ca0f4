import type { Node } from '../../parse/syntax-tree';
import type { WorkCounts } from '../../work';
import type { Value } from '../eval/values';
import { ClosureReads } from './bindings';
import { ImportResolver, ReadTrace } from './trace';
export type { ImportResolver } from './trace';
/** What a golden function does with one `tensors[NAME]`, as far as it decides a direction. */
export interface GoldenUse {
    name: string;
    /** Out: overwritten whole before any read; InOut: the result depends on the old contents. */
    direction: 'Out' | 'InOut';
    role: 'golden-write' | 'golden-read';
    path: string;
    node: Node;
}
/** The static reading of a golden function (never run). */
export interface GoldenReading {
    uses: Map<string, GoldenUse>;
    /** Writes whose key cannot be decided, or `tensors` handed to code that cannot be followed. */
    unresolved: Array<{
        path: string;
        node: Node;
        why: string;
    }>;
}
/** Statements and expressions the reader has walked in this process (a work count for benchmarks). */
export declare function goldenSteps(): number;
/**
 * Reads statically how golden functions treat `tensors[NAME]`: a whole
 * overwrite (`t[:] = e`, `.copy_(e)`, `.zero_()`, `.fill_(v)`, `tensors[n] =
 * e`) makes it an output (Out); an update that depends on the old contents
 * (augmented assignment, other in-place ops, a read before the first whole
 * overwrite, partial writes only, or a path that does not write it) makes it
 * InOut. Aliases, dict copies, helpers receiving the dict, loops and
 * branches are followed; an undecidable key is reported, never guessed.
 */
export declare function readGolden(fn: Value, imports?: ImportResolver, work?: WorkCounts): GoldenReading | undefined;
/** {@link readGolden}, with the lookups it made in the options' closures. */
export declare function readGoldenRecorded(fn: Value, imports?: ImportResolver, work?: WorkCounts): {
    reading: GoldenReading | undefined;
    closures: ClosureReads;
    trace: ReadTrace;
};
