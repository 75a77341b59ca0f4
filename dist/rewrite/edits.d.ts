import { ParamInfo } from '../analyze/entries';
import { PyptoSymbols } from '../analyze/pypto-symbols';
import type { Direction } from '../model';
/** A range of the original source. */
export interface Span {
    start: number;
    end: number;
}
/**
 * What an edit may change; each rule declares the kinds it makes and the
 * verifier checks each edit by its kind (see `verify.ts`):
 * - `wrap`: inserts a direction wrapper's opening (`pl.Out[`) or its `]`;
 * - `rename`: renames a wrapper (`Out` -> `InOut`);
 * - `delete-keyword`: deletes an `is_output=` argument (commas, whitespace; comments stay);
 * - `unwrap`: deletes a wrapper's opening or its `]` around the type it holds;
 * - `harness-rename`: renames a harness callee `run_jit` -> `run`;
 * - `harness-config`: replaces `compile_cfg=`/`runtime_cfg=` with one `config=` holding their keys;
 * - `harness-drop`: deletes a `compile_cfg=`/`runtime_cfg=` argument merged into that `config=`;
 * - `harness-import`: rewrites (or deletes) an import naming `run_jit` so it names `run`.
 */
export type EditKind = 'wrap' | 'rename' | 'delete-keyword' | 'unwrap' | 'harness-rename' | 'harness-config' | 'harness-drop' | 'harness-import';
/** A text edit on the original source: replace [start, end) with text. */
export interface Edit {
    start: number;
    end: number;
    text: string;
    /** What the edit may change (when absent: `delete-keyword` with `keyword`, else `wrap` for an insertion, `rename` for a replacement). */
    kind?: EditKind;
    /**
     * The keyword argument a deletion removes (`delete-keyword`, `harness-drop`).
     * The edit may then remove that argument, commas and whitespace, and keep
     * only comments in `text`; the verifier checks exactly that.
     */
    keyword?: Span;
    /** The node the edit works on: the wrapper (`unwrap`), the replaced argument (`harness-config`), the import statement (`harness-import`). */
    target?: Span;
    /** `harness-config`: every `compile_cfg=`/`runtime_cfg=` argument of the call, in source order. */
    merges?: Span[];
}
/** An edit's kind, also for edits made before kinds were written down. */
export declare function editKind(e: Edit): EditKind;
/**
 * The edits that raise a param to `to`: wrap a bare annotation
 * (`pl.Tensor[...]` -> `pl.InOut[pl.Tensor[...]]`: two insertions) or rename
 * an existing wrapper (`Out` -> `InOut`). Undefined when the module offers
 * no way to spell the wrapper.
 */
export declare function directionEdits(param: ParamInfo, to: Direction, symbols: PyptoSymbols): Edit[] | undefined;
