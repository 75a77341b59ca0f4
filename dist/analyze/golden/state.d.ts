import type { Node } from '../../parse/syntax-tree';
import type { GoldenUse } from './reader';
/**
 * Per path, what has happened to one harness tensor so far: U untouched,
 * R its old contents read, W overwritten whole first (no old contents
 * needed), D the result depends on the old contents.
 */
export type Status = 'U' | 'R' | 'W' | 'D';
/** A syntax node and the file it is in. */
export interface At {
    node: Node;
    path: string;
}
type Field = 'read' | 'write' | 'dirty';
/** Inside a loop body's summary: the node the state had before the body, not yet known. */
interface Before {
    before: Field;
}
type Why = At | Before;
/**
 * One tensor's state: the statuses it may have over all paths, and the
 * first read, whole write and dependent write met (in walk order), which
 * become the evidence.
 */
interface Lane {
    s: number;
    read?: Why;
    write?: Why;
    dirty?: Why;
}
/**
 * What a golden function may have done to each harness tensor, over all
 * paths. Each tensor's lanes are its state for each possible starting state
 * (one at the top of a function; every one inside a loop body, so the body
 * is read once and its effect applied as often as needed: loops nested n
 * deep cost n walks, not 2^n). Tensors keep the order they were first met in.
 */
export declare class GoldenState {
    private readonly starts;
    private lanes;
    /** @param starts the possible states of a tensor not yet touched (one per lane) */
    constructor(starts?: readonly Lane[]);
    private of;
    /** An event on a tensor: `R` a read, `W` a whole overwrite, `D` a write that keeps or needs old contents. */
    apply(key: string, event: Status, node: At): void;
    private clone;
    /** Merges paths: the statuses of `others` (all of them), the evidence first set here, then in `others`' order. */
    private absorb;
    /**
     * Branches: each arm from the current state; `fallthrough` when no arm may
     * run. Keys `absent` on the fallthrough path (`if "k" in tensors:`) are not
     * harness tensors there, so that path says nothing about them.
     */
    branch(arms: Array<(s: GoldenState) => void>, fallthrough: boolean, absent?: string[]): void;
    /**
     * A loop body that may run zero, one or more times (twice covers every
     * status a path can reach: none changes more than twice). `walk` reads
     * the body once into a summary and says whether a second reading would
     * be the same (false when the first one changed bindings it read); only
     * then is the body read a second time.
     */
    loop(walk: (s: GoldenState) => boolean): void;
    /** This state followed by a body's summary. */
    private after;
    /** The direction each tensor's treatment asks for; merged (highest) into `uses`. */
    finish(uses: Map<string, GoldenUse>): void;
}
export {};
