import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import type { ParamState } from './decide';
/** The params one explored path of a harness region linked, decided on that path alone. */
export interface PathStates {
    label: string;
    states: Map<ParamInfo, ParamState>;
}
/**
 * Combines the paths of one harness region. Evidence is certain when every
 * path that links the param's entry asks for the same direction; what only
 * some paths ask for is reported, naming the paths. Undecided evidence of any
 * path is kept.
 */
export declare function combinePaths(paths: PathStates[], stateOf: (fn: PyptoFunction, p: ParamInfo) => ParamState): void;
