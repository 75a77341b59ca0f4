/**
 * The little of Python's lexical structure the layout scanner needs, read
 * the way CPython's tokenizer reads it: line breaks (`\n`, `\r\n`, a lone
 * `\r`), word characters, string literals (any prefix, triple quotes,
 * escapes, f-string fields) and number literals.
 */

/** An error CPython would raise (or a text it reads differently from tree-sitter), where it reports it. */
export interface CPythonError {
  /** 1-based line of the offending token. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** CPython's exception class; `unsupported` for what tree-sitter and CPython read differently. */
  error: 'IndentationError' | 'TabError' | 'SyntaxError' | 'unsupported';
  /** CPython's message, e.g. `unexpected indent`. */
  message: string;
}

/** Whitespace to tree-sitter (Unicode White_Space, BOM, U+2060, U+200B) that CPython's tokenizer refuses. */
export function isForeignSpace(c: number): boolean {
  return (
    c === 0x0b || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

/** Identifier and keyword characters (numbers too). */
export function isWordChar(c: number): boolean {
  // NaN (past the end) is no word character
  return c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f : c > 0x7f && !isForeignSpace(c);
}

export const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');

/** Where the scan is: offset, 1-based line and the offset the line starts at. */
export class Cursor {
  i = 0;
  line = 1;
  lineStart = 0;
  constructor(readonly text: string) {}

  at(k = 0): number {
    return this.text.charCodeAt(this.i + k);
  }

  /** Consumes a line break if there is one (`\n`, `\r\n` or a lone `\r`, as CPython reads them). */
  newline(): boolean {
    const c = this.at();
    if (c !== 0x0a && c !== 0x0d) return false;
    this.i += c === 0x0d && this.at(1) === 0x0a ? 2 : 1;
    this.line++;
    this.lineStart = this.i;
    return true;
  }

  error(error: CPythonError['error'], message: string): CPythonError {
    return { line: this.line, column: this.i - this.lineStart + 1, error, message };
  }
}

/**
 * CPython reads a lone CR as a line break, tree-sitter as a space: outside a
 * triple-quoted string the two would see different programs.
 */
export const LONE_CR = 'a lone CR (\\r) line break, which this tool cannot parse as Python does';

/** Whether the cursor is at a lone CR that is not the last character. */
export function isLoneCR(cur: Cursor): boolean {
  // a CR closing the text is a line break to both
  return cur.at() === 0x0d && cur.at(1) !== 0x0a && cur.i + 1 < cur.text.length;
}

/** `\n` or `\r`. */
export function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Skips a number literal (`1`, `1.5e-3`, `0x_ff`, `2j`, `1.`). */
export function skipNumber(cur: Cursor): void {
  const hexa = cur.at() === 0x30 && (cur.at(1) | 0x20) === 0x78;
  for (;;) {
    const c = cur.at();
    if (isWordChar(c) || c === 0x2e) cur.i++;
    else if ((c === 0x2b || c === 0x2d) && !hexa && (cur.at(-1) | 0x20) === 0x65) cur.i++;
    else return;
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
export function skipString(cur: Cursor, fstring: boolean): CPythonError | undefined {
  const q = cur.at();
  const triple = cur.at(1) === q && cur.at(2) === q;
  cur.i += triple ? 3 : 1;
  const n = cur.text.length;
  let fields = 0;
  while (cur.i < n) {
    const c = cur.at();
    if (c === 0x5c) {
      cur.i++;
      if (!triple && isLoneCR(cur)) return cur.error('unsupported', LONE_CR);
      if (!cur.newline()) cur.i++;
    } else if (c === q && (!triple || (cur.at(1) === q && cur.at(2) === q))) {
      cur.i += triple ? 3 : 1;
      return undefined;
    } else if (isBreak(c)) {
      if (!triple && isLoneCR(cur)) return cur.error('unsupported', LONE_CR);
      if (!triple) return undefined;
      cur.newline();
    } else {
      if (fstring) {
        if (c === 0x7b) fields += fields === 0 && cur.at(1) === 0x7b ? (cur.i++, 0) : 1;
        else if (c === 0x7d && fields > 0) fields--;
        else if (fields > 0 && isForeignSpace(c)) return cur.error('SyntaxError', `invalid non-printable character U+${hex(c)}`);
      }
      cur.i++;
    }
  }
  return undefined;
}
