/**
 * Between groups of files most of the heap is garbage (syntax nodes and
 * evaluator values of the finished group), but V8 grows the heap rather than
 * collect it. A full collection once the heap has grown half of `limitMb` past what
 * was live after the last one keeps the peak near what a group needs instead
 * of what the whole run allocated (and never collects again and again in a
 * host process whose own heap is large).
 */
export declare function collectIfAbove(limitMb: number): void;
