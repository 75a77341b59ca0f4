import { ParamInfo } from '../analyze/entries';
import { PyptoSymbols } from '../analyze/pypto-symbols';
import type { Direction } from '../model';
/** A text edit on the original source: replace [start, end) with text. */
export interface Edit {
    start: number;
    end: number;
    text: string;
    /**
     * Set on the deletion of a keyword argument (`is_output=...`): its range.
     * The edit may then remove that argument, commas and whitespace, and keep
     * only comments in `text`; the verifier checks exactly that.
     */
    keyword?: {
        start: number;
        end: number;
    };
}
/**
 * The edits that raise a param to `to`: wrap a bare annotation
 * (`pl.Tensor[...]` -> `pl.InOut[pl.Tensor[...]]`: two insertions) or rename
 * an existing wrapper (`Out` -> `InOut`). Undefined when the module offers
 * no way to spell the wrapper.
 */
export declare function directionEdits(param: ParamInfo, to: Direction, symbols: PyptoSymbols): Edit[] | undefined;
