import type { Node } from 'web-tree-sitter';
import type { Site } from './values';
/**
 * Which golden harness a spec call belongs to. *spec*: `TensorSpec` takes
 * `is_output=` and the harness checks it against the entry (#1019).
 * *signature*: `TensorSpec` has no `is_output` init field; the harness stamps
 * the direction from the entry's signature (upstream 06fe08ae). *unknown*:
 * the golden package cannot be resolved and nothing in the call tells.
 */
export type Era = 'spec' | 'signature' | 'unknown';
/** The era of one spec call and why. */
export interface EraOfCall {
    era: Era;
    why: string;
    /** The class definition that decided it, when resolved. */
    at?: Site;
}
/** One init field of a dataclass (or param of an explicit `__init__`), in order. */
export interface InitField {
    name: string;
}
/**
 * The era of a spec call building an analyzed class, and the positional
 * order of its init params: a dataclass with an `is_output` init field is
 * spec era, one without is signature era; an explicit `__init__` decides by
 * its params; anything else is spec era (the default, like pypto's own
 * `pypto.runtime.TensorSpec`).
 */
export declare function classEra(def: Node, path: string, name: string): EraOfCall & {
    order?: string[];
};
/**
 * The era of a spec call whose class is not analyzed. pypto's own
 * `pypto.runtime.TensorSpec` (and any other extern class) is spec era. A
 * class from a `golden` package that cannot be resolved is spec era only
 * when the call passes `is_output=` (which only the spec-era class takes);
 * otherwise the era is unknown.
 */
export declare function externEra(name: string, givesIsOutput: boolean): EraOfCall;
