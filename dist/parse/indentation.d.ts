/**
 * What CPython's tokenizer and parser reject about a file's layout that
 * tree-sitter-python accepts without an ERROR or MISSING node: indentation
 * (IndentationError, TabError), bracket nesting past CPython's limit,
 * characters tree-sitter skips as whitespace but CPython refuses (NBSP, a
 * BOM or zero-width space in the middle of code), a line break where no
 * statement can end (tree-sitter reads on, CPython stops), and lone CRs.
 *
 * One pass over the text, a line scanner that only knows enough tokens to
 * find logical lines: strings (any prefix, triple quotes, escapes),
 * comments, brackets and backslash continuations. It mirrors CPython's
 * tokenizer (`Parser/tokenizer.c`): indentation is measured at the start of
 * every physical line outside brackets, twice (tabs to multiples of 8 and
 * tabs as one column); the two measures must order lines the same way.
 */
import { CPythonError } from './python-lexer';
export type { CPythonError } from './python-lexer';
/** The error as one phrase: `IndentationError: unexpected indent`. */
export declare function describePythonError(e: CPythonError): string;
/**
 * The first layout error CPython would raise for `text` (without BOM), or
 * undefined. It does not report unterminated strings or brackets, which
 * tree-sitter does.
 */
export declare function findLayoutError(text: string): CPythonError | undefined;
