import type { ParamInfo } from '../../analyze/entries';
import type { Edit } from '../../rewrite/edits';
import type { Rule } from '../types';
/**
 * The edits removing a direction wrapper around a param's type: the
 * wrapper's opening (`pl.Out[` and the whitespace up to the type) and its
 * closing (whitespace, a trailing comma, `]`). Undefined when a comment sits
 * in either part (it would be lost).
 */
export declare function unwrapEdits(text: string, param: ParamInfo): Edit[] | undefined;
/**
 * `inline-wrapper`: pypto (since its #1918) strips `pl.Out`/`pl.InOut` on
 * `@pl.jit.inline` helper params and warns that a bare `pl.Tensor[...]`
 * works the same; pypto-lib puts directions on entries only. The fix removes
 * the wrapper text and nothing else.
 */
export declare const inlineWrapperRule: Rule;
