import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import type { SpecRecord, Value } from '../analyze/eval/values';
import type { BindMode } from '../analyze/harness';
import type { Invocation } from '../analyze/link';
/**
 * Where a place of the final list and a spec's name point at two different
 * params: the runner gives `param` the specs at its place (`byPlace`, named
 * after other params), while the specs named after it sit elsewhere (`byName`).
 */
export interface Contest {
    byPlace: SpecRecord[];
    byName: SpecRecord[];
}
/** How the runner of one harness call gives the specs of its final list to one entry's params. */
export interface EntryBinding {
    entry: PyptoFunction;
    /** How dispatch hands this entry its tensors (L2 and L3 differ for call-style harnesses). */
    dispatch: BindMode;
    /** The params the places count, in order (every param, or the tensor params). */
    placed: ParamInfo[];
    /** The final list, one entry per place (a place may hold one of several specs), when it is exact. */
    places?: SpecRecord[][];
    /** Whether the places bind (an exact list as long as `placed`, dispatched by position). */
    byPlace: boolean;
    /** Each spec of the final list and the param dispatch gives it to (contested ones left out). */
    bound: Map<SpecRecord, ParamInfo>;
    /** Params whose place and whose name point at different specs. */
    contested: Map<ParamInfo, Contest>;
    /** Names of specs bound by place to a param of another name (`k2048_out` for `out`). */
    aliases: Map<string, ParamInfo>;
    /** The entry's params by name. */
    byName: Map<string, ParamInfo>;
    /** Every spec some contest holds at a place. */
    contestedSpecs: Set<SpecRecord>;
}
/**
 * Binds the final list of a harness call to an entry as its runner does:
 * by place where the runner dispatches by position and the list is exact and
 * as long as the params it counts, else by name. A place holding a spec named
 * after another param of the entry is contested, not bound: the runner and
 * the name disagree, and neither is taken on trust.
 */
export declare function bindEntry(inv: Invocation, entry: PyptoFunction): EntryBinding;
/** The param a spec reaches through the binding: its place, else its name (or a name its place gave a param). */
export declare function paramOf(b: EntryBinding, spec: SpecRecord): ParamInfo | undefined;
/** The specs of a map grouped by the param each reaches, in the map's order. */
export declare function specsByParam(b: EntryBinding, specs: Map<SpecRecord, boolean>): Map<ParamInfo, Array<[SpecRecord, boolean]>>;
/**
 * The final list place by place, or undefined when it is not exact: a list
 * (not a branch choice of lists) whose every item is a spec or a choice of
 * specs. Counting tensors only, scalar specs are skipped.
 */
export declare function exactPlaces(specs: Value, counts: 'all' | 'tensors'): SpecRecord[][] | undefined;
