"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.describePythonError = describePythonError;
exports.findLayoutError = findLayoutError;
const python_lexer_1 = require("./python-lexer");
/** The error as one phrase: `IndentationError: unexpected indent`. */
function describePythonError(e) {
    return e.error === 'unsupported' ? e.message : `${e.error}: ${e.message}`;
}
/** CPython's limits (`MAXINDENT`, `MAXLEVEL` in the tokenizer). */
const MAX_INDENT = 100;
const MAX_LEVEL = 200;
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 't', 'br', 'rb', 'fr', 'rf', 'tr', 'rt']);
/** How CPython names a block opener in "expected an indented block after ...". */
function openerName(first, second) {
    const kw = first === 'async' ? second : first;
    if (kw === 'def')
        return 'function definition';
    if (kw === 'class')
        return 'class definition';
    return `'${kw}' statement`;
}
/**
 * Tokens no statement can end with (operators, keywords that need an
 * operand). `:` opens a block, `...` is Ellipsis, `import *` ends a
 * statement; so may `,` `;` and closing brackets.
 */
const UNFINISHED = new Set([
    ...'.+-*/%@&|^~<>=!',
    ...['and', 'or', 'not', 'in', 'is', 'if', 'elif', 'else', 'while', 'for', 'with', 'def', 'class', 'lambda', 'import', 'from', 'as'],
    ...['del', 'assert', 'global', 'nonlocal', 'async', 'await', 'try', 'except', 'finally'],
]);
/** Keywords that start a compound statement (not the soft `match`/`case`, which may be names). */
const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'with', 'def', 'class', 'try', 'except', 'finally', 'async']);
/**
 * The first layout error CPython would raise for `text` (without BOM), or
 * undefined. It does not report unterminated strings or brackets, which
 * tree-sitter does.
 */
function findLayoutError(text) {
    const n = text.length;
    const cur = new python_lexer_1.Cursor(text);
    const indents = [0];
    const altIndents = [0];
    let depth = 0;
    /** The block opener (a logical line ending in `:`) still waiting for its indented block. */
    let opener;
    // the logical line being read: it may span physical lines inside brackets
    let logicalLine = 0;
    let words = 0;
    let firstWord = '';
    let secondWord = '';
    // the last two tokens of the logical line so far, as offsets (start -1: a string literal)
    let lastStart = -1;
    let lastEnd = -1;
    let prevStart = -1;
    let prevEnd = -1;
    let lastLine = 0;
    let lastColumn = 0;
    const mark = (start, end) => {
        prevStart = lastStart;
        prevEnd = lastEnd;
        lastStart = start;
        lastEnd = end;
        lastLine = cur.line;
        lastColumn = start - cur.lineStart + 1;
    };
    /** Whether the logical line has a `:` outside brackets (a compound statement's header needs one). */
    let headerColon = false;
    const err = (error, message) => cur.error(error, message);
    for (;;) {
        // start of a physical line outside any string: measure its indentation
        let col = 0;
        let alt = 0;
        let contCol = 0;
        for (;;) {
            const c = text.charCodeAt(cur.i);
            if (c === 0x20)
                col++, alt++;
            else if (c === 0x09)
                (col = (Math.floor(col / 8) + 1) * 8), alt++;
            else if (c === 0x0c)
                col = alt = 0;
            else if (c === 0x5c && (0, python_lexer_1.isBreak)(text.charCodeAt(cur.i + 1))) {
                // indentation is decided by the first backslash continuation (CPython's cont_line_col)
                contCol ||= col;
                cur.i++;
                if ((0, python_lexer_1.isLoneCR)(cur))
                    return err('unsupported', python_lexer_1.LONE_CR);
                cur.newline();
                continue;
            }
            else
                break;
            cur.i++;
        }
        const eof = cur.i >= n;
        const blank = !eof && (text.charCodeAt(cur.i) === 0x23 || (0, python_lexer_1.isBreak)(text.charCodeAt(cur.i)));
        if (!blank && depth === 0) {
            if (eof) {
                col = alt = 0; // every block closes at the end, reported on the last line as CPython does
                if (cur.lineStart === n && n > 0)
                    cur.line--, (cur.lineStart = n);
            }
            else if (contCol)
                col = alt = contCol;
            const top = indents[indents.length - 1];
            const altTop = altIndents[altIndents.length - 1];
            if (col > top) {
                if (indents.length >= MAX_INDENT)
                    return err('IndentationError', 'too many levels of indentation');
                if (alt <= altTop)
                    return err('TabError', 'inconsistent use of tabs and spaces in indentation');
                if (!opener)
                    return err('IndentationError', 'unexpected indent');
                indents.push(col);
                altIndents.push(alt);
            }
            else {
                while (indents.length > 1 && col < indents[indents.length - 1])
                    indents.pop(), altIndents.pop();
                if (col !== indents[indents.length - 1])
                    return err('IndentationError', 'unindent does not match any outer indentation level');
                if (alt !== altIndents[altIndents.length - 1])
                    return err('TabError', 'inconsistent use of tabs and spaces in indentation');
                if (opener)
                    return err('IndentationError', `expected an indented block after ${opener.name} on line ${opener.line}`);
            }
            opener = undefined;
        }
        if (eof)
            return undefined;
        // the rest of the physical line; a logical line goes on across brackets, strings and continuations
        if (words === 0)
            logicalLine = cur.line;
        let endOfLogical = false;
        while (cur.i < n) {
            const c = text.charCodeAt(cur.i);
            if ((0, python_lexer_1.isBreak)(c)) {
                if ((0, python_lexer_1.isLoneCR)(cur))
                    return err('unsupported', python_lexer_1.LONE_CR);
                cur.newline();
                endOfLogical = depth === 0 && words > 0;
                break;
            }
            if (c === 0x20 || c === 0x09 || c === 0x0c) {
                cur.i++;
            }
            else if (c === 0x23) {
                while (cur.i < n && !(0, python_lexer_1.isBreak)(text.charCodeAt(cur.i)))
                    cur.i++;
            }
            else if (c === 0x5c && (0, python_lexer_1.isBreak)(text.charCodeAt(cur.i + 1))) {
                cur.i++;
                if ((0, python_lexer_1.isLoneCR)(cur))
                    return err('unsupported', python_lexer_1.LONE_CR);
                cur.newline();
            }
            else if (c === 0x22 || c === 0x27) {
                const bad = (0, python_lexer_1.skipString)(cur, false);
                if (bad)
                    return bad;
                lastStart = lastEnd = -1;
                words++;
            }
            else if ((0, python_lexer_1.isWordChar)(c)) {
                const start = cur.i;
                if (c >= 0x30 && c <= 0x39)
                    (0, python_lexer_1.skipNumber)(cur);
                else
                    while (cur.i < n && (0, python_lexer_1.isWordChar)(text.charCodeAt(cur.i)))
                        cur.i++;
                const q = text.charCodeAt(cur.i);
                const prefix = (q === 0x22 || q === 0x27) && cur.i - start <= 2 ? text.slice(start, cur.i).toLowerCase() : '';
                if (STRING_PREFIXES.has(prefix)) {
                    const bad = (0, python_lexer_1.skipString)(cur, prefix.includes('f') || prefix.includes('t'));
                    if (bad)
                        return bad;
                    lastStart = lastEnd = -1;
                }
                else {
                    if (words === 0)
                        firstWord = text.slice(start, cur.i);
                    else if (words === 1)
                        secondWord = text.slice(start, cur.i);
                    mark(start, cur.i);
                }
                words++;
            }
            else if ((0, python_lexer_1.isForeignSpace)(c)) {
                return err('SyntaxError', `invalid non-printable character U+${(0, python_lexer_1.hex)(c)}`);
            }
            else {
                if (c === 0x28 || c === 0x5b || c === 0x7b) {
                    if (++depth > MAX_LEVEL)
                        return err('SyntaxError', 'too many nested parentheses');
                }
                else if (c === 0x29 || c === 0x5d || c === 0x7d)
                    depth = Math.max(0, depth - 1);
                mark(cur.i, cur.i + 1);
                if (c === 0x3a && depth === 0 && text.charCodeAt(cur.i + 1) !== 0x3d)
                    headerColon = true;
                words++;
                cur.i++;
            }
        }
        if (cur.i >= n && depth === 0 && words > 0)
            endOfLogical = true; // the last line may lack its line break
        if (!endOfLogical)
            continue;
        const last = lastStart < 0 ? '"' : text.slice(lastStart, lastEnd);
        if (COMPOUND.has(firstWord) && !headerColon) {
            // \`if x\` <newline> \`:\`: tree-sitter reads on to the colon, CPython stops at the line break
            return { line: lastLine, column: lastColumn, error: 'SyntaxError', message: "expected ':'" };
        }
        if (last === ':')
            opener = { line: logicalLine, name: openerName(firstWord, secondWord) };
        else if (UNFINISHED.has(last) && !(last === '.' && text.startsWith('...', lastEnd - 3)) && !(last === '*' && text.slice(prevStart, prevEnd) === 'import')) {
            // tree-sitter reads on past a line break where a statement cannot end; CPython stops there
            return { line: lastLine, column: lastColumn, error: 'SyntaxError', message: 'invalid syntax' };
        }
        words = 0;
        firstWord = secondWord = '';
        lastStart = lastEnd = prevStart = prevEnd = -1;
        headerColon = false;
    }
}
//# sourceMappingURL=indentation.js.map