import type { Value } from '../eval/values';
/** A part of the entry's ABI a runner can check against the spec list. */
export type AbiPart = 'names' | 'order' | 'kind' | 'shape' | 'dtype' | 'direction';
/**
 * What a harness call's runner does with the spec list beyond binding it,
 * read from its source (never run):
 * - `none`: no ABI check; directions come from the specs (pypto-lib up to
 *   our snapshot, 634e77bd);
 * - `abi-check`: rejects a compiled artifact whose params differ from the
 *   specs (the parts in `checks`, direction included: pypto-lib #1019);
 * - `copies-directions`: copies each param's direction from the compiled
 *   signature onto its spec (the signature era), after whatever it checks;
 * - `unread`: the runner is not in the analyzed tree (pypto's own, or an
 *   import that does not resolve).
 */
export interface RunnerReading {
    kind: 'none' | 'abi-check' | 'copies-directions' | 'unread';
    /** The parts it rejects after compile (empty for `none`/`unread`). */
    checks: ReadonlySet<AbiPart>;
    /** The harness function read, when it was found. */
    at?: {
        path: string;
        line: number;
    };
    why: string;
}
/**
 * Reads the runner a harness call resolves to. The harness function and the
 * functions of its module it calls (transitively) are searched for
 * - a check: a function that reads the compiled entry's params
 *   (`_get_metadata`), or one such a function calls, raising with messages
 *   that name ABI parts (names or order at least);
 * - direction copying: an assignment to a spec's `.direction`.
 * Memoized per function definition.
 */
export declare function readRunner(callee: Value, harnessId: string): RunnerReading;
