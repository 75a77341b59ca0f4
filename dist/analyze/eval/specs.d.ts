import type { Node } from '../../parse/syntax-tree';
import { SpecRecord, Value } from './values';
/** Arguments of an evaluated call. */
export interface EvaluatedArgs {
    positional: Value[];
    keywords: Map<string, Value>;
    /** `*x`/`**x` whose contents are unknown: unbound params are then unknown. */
    hasUnknownSplat: boolean;
}
/** Whether a class or function name denotes a golden spec class. */
export declare function specClassOf(name: string, specClassNames: ReadonlySet<string>): SpecRecord['cls'] | undefined;
/** Builds the spec record of a `TensorSpec(...)`/`ScalarSpec(...)` call. */
export declare function makeSpec(cls: SpecRecord['cls'], args: EvaluatedArgs, path: string, node: Node, fieldOrder?: string[]): SpecRecord;
/** Reads a field of a spec the way Python attribute access would. */
export declare function specAttribute(spec: SpecRecord, attr: string): Value | undefined;
/** Field name -> keyword used when re-making a spec with `dataclasses.replace`. */
export declare function replaceSpec(spec: SpecRecord, changes: Map<string, Value>, path: string, node: Node): SpecRecord;
