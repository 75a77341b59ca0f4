import type { SpecRecord, Value } from './values';
/**
 * The specs reachable from an evaluated value (the list a harness receives).
 * With `provenance`, also every spec that went into building a reached value.
 */
export declare function reachableSpecs(value: Value, provenance?: WeakMap<object, Map<SpecRecord, boolean>>, out?: Map<SpecRecord, boolean>, certain?: boolean, depth?: number): Map<SpecRecord, boolean>;
