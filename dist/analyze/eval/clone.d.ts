import { Scope } from './scope';
import type { SpecRecord, Value } from './values';
/**
 * Copies evaluated values as a fresh evaluation would have built them: lists,
 * dicts, sets, specs, instances, unions and the scopes closures hold get new
 * objects (shared structure stays shared, cycles stay cycles). Kept as they
 * are: literals, unknown, opaque and external values (path facts know them by
 * identity), modules, module scopes, and every object `keep` names (objects
 * reachable from module globals: one object for every path, as when the
 * region is run again). Copies of values a call returned carry its
 * provenance.
 */
export declare class Cloner {
    private readonly keep;
    private readonly provenance;
    private readonly values;
    private readonly specs;
    private readonly scopes;
    private readonly maps;
    /** Provenance maps copied: a call's result and its items share one, and so do their copies. */
    private readonly made;
    constructor(keep: ReadonlySet<object>, provenance: WeakMap<object, Map<SpecRecord, boolean>>);
    /** Makes `from` be copied as `to` (a scope that already exists in the run being resumed). */
    mapScope(from: Scope, to: Scope): void;
    value(v: Value): Value;
    /** A copy of a spec record (its fields copied, its site and era shared). */
    spec(s: SpecRecord): SpecRecord;
    /** Specs with whether each was built on a path that surely runs, the specs copied. */
    evidence(m: ReadonlyMap<SpecRecord, boolean>): Map<SpecRecord, boolean>;
    scope(s: Scope): Scope;
    /** A copy of a scope's bindings (or a class's attributes: the same map). */
    bindings(m: Map<string, Value>): Map<string, Value>;
    private copy;
}
/**
 * Every object reachable from the given module scopes (their values, spec
 * records and attribute maps): what a copy must keep as it is.
 */
export declare function reachableFrom(scopes: Iterable<Scope>): Set<object>;
