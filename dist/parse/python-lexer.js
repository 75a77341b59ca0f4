"use strict";
/**
 * The little of Python's lexical structure the layout scanner needs, read
 * the way CPython's tokenizer reads it: line breaks (`\n`, `\r\n`, a lone
 * `\r`), word characters, string literals (any prefix, triple quotes,
 * escapes, f-string fields) and number literals.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.LONE_CR = exports.Cursor = exports.hex = void 0;
exports.isForeignSpace = isForeignSpace;
exports.isWordChar = isWordChar;
exports.isLoneCR = isLoneCR;
exports.isBreak = isBreak;
exports.skipNumber = skipNumber;
exports.skipString = skipString;
/** Whitespace to tree-sitter (Unicode White_Space, BOM, U+2060, U+200B) that CPython's tokenizer refuses. */
function isForeignSpace(c) {
    return (c === 0x0b || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
        c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff);
}
/** Identifier and keyword characters (numbers too). */
function isWordChar(c) {
    // NaN (past the end) is no word character
    return c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f : c > 0x7f && !isForeignSpace(c);
}
const hex = (c) => c.toString(16).toUpperCase().padStart(4, '0');
exports.hex = hex;
/** Where the scan is: offset, 1-based line and the offset the line starts at. */
class Cursor {
    text;
    i = 0;
    line = 1;
    lineStart = 0;
    constructor(text) {
        this.text = text;
    }
    at(k = 0) {
        return this.text.charCodeAt(this.i + k);
    }
    /** Consumes a line break if there is one (`\n`, `\r\n` or a lone `\r`, as CPython reads them). */
    newline() {
        const c = this.at();
        if (c !== 0x0a && c !== 0x0d)
            return false;
        this.i += c === 0x0d && this.at(1) === 0x0a ? 2 : 1;
        this.line++;
        this.lineStart = this.i;
        return true;
    }
    error(error, message) {
        return { line: this.line, column: this.i - this.lineStart + 1, error, message };
    }
}
exports.Cursor = Cursor;
/**
 * CPython reads a lone CR as a line break, tree-sitter as a space: outside a
 * triple-quoted string the two would see different programs.
 */
exports.LONE_CR = 'a lone CR (\\r) line break, which this tool cannot parse as Python does';
/** Whether the cursor is at a lone CR that is not the last character. */
function isLoneCR(cur) {
    // a CR closing the text is a line break to both
    return cur.at() === 0x0d && cur.at(1) !== 0x0a && cur.i + 1 < cur.text.length;
}
/** `\n` or `\r`. */
function isBreak(c) {
    return c === 0x0a || c === 0x0d;
}
/** Skips a number literal (`1`, `1.5e-3`, `0x_ff`, `2j`, `1.`). */
function skipNumber(cur) {
    const hexa = cur.at() === 0x30 && (cur.at(1) | 0x20) === 0x78;
    for (;;) {
        const c = cur.at();
        if (isWordChar(c) || c === 0x2e)
            cur.i++;
        else if ((c === 0x2b || c === 0x2d) && !hexa && (cur.at(-1) | 0x20) === 0x65)
            cur.i++;
        else
            return;
    }
}
/**
 * Skips a string literal at its opening quote; returns an error CPython would
 * raise inside it, if any. A backslash always escapes the next character (in
 * raw strings too, as far as finding the end goes). An unterminated
 * single-quoted string ends at the line break, an unterminated triple-quoted
 * one at the end of the text. In an f-string, replacement fields are code:
 * characters CPython refuses there are reported.
 */
function skipString(cur, fstring) {
    const q = cur.at();
    const triple = cur.at(1) === q && cur.at(2) === q;
    cur.i += triple ? 3 : 1;
    const n = cur.text.length;
    let fields = 0;
    while (cur.i < n) {
        const c = cur.at();
        if (c === 0x5c) {
            cur.i++;
            if (!triple && isLoneCR(cur))
                return cur.error('unsupported', exports.LONE_CR);
            if (!cur.newline())
                cur.i++;
        }
        else if (c === q && (!triple || (cur.at(1) === q && cur.at(2) === q))) {
            cur.i += triple ? 3 : 1;
            return undefined;
        }
        else if (isBreak(c)) {
            if (!triple && isLoneCR(cur))
                return cur.error('unsupported', exports.LONE_CR);
            if (!triple)
                return undefined;
            cur.newline();
        }
        else {
            if (fstring) {
                if (c === 0x7b)
                    fields += fields === 0 && cur.at(1) === 0x7b ? (cur.i++, 0) : 1;
                else if (c === 0x7d && fields > 0)
                    fields--;
                else if (fields > 0 && isForeignSpace(c))
                    return cur.error('SyntaxError', `invalid non-printable character U+${(0, exports.hex)(c)}`);
            }
            cur.i++;
        }
    }
    return undefined;
}
//# sourceMappingURL=python-lexer.js.map