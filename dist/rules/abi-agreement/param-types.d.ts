import type { ParamInfo } from '../../analyze/entries';
import type { SpecRecord } from '../../analyze/eval/values';
/** A dim as the runtime treats it: a decided extent, or undefined (dynamic, symbolic or undecided: accepts anything). */
export type Dim = number | undefined;
/** What a param's annotation says, as far as it is decided. */
export interface ParamType {
    /** `pl.Tensor[[dims], dtype]` and its dims; undefined when the annotation has no shape list. */
    dims?: Dim[];
    /** The pl dtype name (`FP32`), when decided. */
    dtype?: string;
}
/** Packed dtypes whose storage shape differs from the logical one: their shapes are not compared. */
export declare const PACKED: Set<string>;
/** The shape and dtype a param's annotation declares (`pl.Tensor[[M, N], pl.FP32]`), evaluated in its module. */
export declare function paramType(p: ParamInfo): ParamType;
/**
 * A spec's dims as written at its call (`TensorSpec("x", [M, N], ...)`),
 * each decided by its module's text alone (see {@link constantInt}), or
 * undefined when the shape is not a list written there.
 */
export declare function specDims(spec: SpecRecord): Dim[] | undefined;
/** The pl dtype a spec's torch dtype maps to, when decided. */
export declare function specDtype(spec: SpecRecord): {
    torch: string;
    pl: string;
} | undefined;
/** A shape in words: `[64, 128]`, `?` for an undecided dim. */
export declare function shapeText(dims: Dim[]): string;
/** Whether two shapes surely differ: ranks differ, or a dim decided on both sides differs. */
export declare function shapesDiffer(spec: Dim[], param: Dim[]): boolean;
