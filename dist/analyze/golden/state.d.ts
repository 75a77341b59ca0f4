import type { Node } from 'web-tree-sitter';
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
/** The set of statuses each tensor may have over all paths, with the nodes that caused them. */
export declare class GoldenState {
    private status;
    private why;
    private of;
    /** An event on a tensor: `R` a read, `W` a whole overwrite, `D` a write that keeps or needs old contents. */
    apply(key: string, event: Status, node: At): void;
    private clone;
    private absorb;
    /**
     * Branches: each arm from the current state; `fallthrough` when no arm may
     * run. Keys `absent` on the fallthrough path (`if "k" in tensors:`) are not
     * harness tensors there, so that path says nothing about them.
     */
    branch(arms: Array<(s: GoldenState) => void>, fallthrough: boolean, absent?: string[]): void;
    /** A loop body that may run zero, one or more times. */
    loop(body: (s: GoldenState) => void): void;
    /** The direction each tensor's treatment asks for; merged (highest) into `uses`. */
    finish(uses: Map<string, GoldenUse>): void;
}
