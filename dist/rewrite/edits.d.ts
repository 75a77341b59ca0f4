import { ParamInfo } from '../analyze/entries';
import { PyptoSymbols } from '../analyze/pypto-symbols';
import type { Direction } from '../model';
/** A text edit on the original source: replace [start, end) with text. */
export interface Edit {
    start: number;
    end: number;
    text: string;
}
/**
 * The edits that raise a param to `to`: wrap a bare annotation
 * (`pl.Tensor[...]` -> `pl.InOut[pl.Tensor[...]]`: two insertions) or rename
 * an existing wrapper (`Out` -> `InOut`). Undefined when the module offers
 * no way to spell the wrapper.
 */
export declare function directionEdits(param: ParamInfo, to: Direction, symbols: PyptoSymbols): Edit[] | undefined;
