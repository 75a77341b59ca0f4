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
export declare function isForeignSpace(c: number): boolean;
/** Identifier and keyword characters (numbers too). */
export declare function isWordChar(c: number): boolean;
export declare const hex: (c: number) => string;
/** Where the scan is: offset, 1-based line and the offset the line starts at. */
export declare class Cursor {
    readonly text: string;
    i: number;
    line: number;
    lineStart: number;
    constructor(text: string);
    at(k?: number): number;
    /** Consumes a line break if there is one (`\n`, `\r\n` or a lone `\r`, as CPython reads them). */
    newline(): boolean;
    error(error: CPythonError['error'], message: string): CPythonError;
}
/**
 * CPython reads a lone CR as a line break, tree-sitter as a space: outside a
 * triple-quoted string the two would see different programs.
 */
export declare const LONE_CR = "a lone CR (\\r) line break, which this tool cannot parse as Python does";
/** Whether the cursor is at a lone CR that is not the last character. */
export declare function isLoneCR(cur: Cursor): boolean;
/** `\n` or `\r`. */
export declare function isBreak(c: number): boolean;
/** Skips a number literal (`1`, `1.5e-3`, `0x_ff`, `2j`, `1.`). */
export declare function skipNumber(cur: Cursor): void;
/**
 * Skips a string literal at its opening quote; returns an error CPython would
 * raise inside it, if any. A backslash always escapes the next character (in
 * raw strings too, as far as finding the end goes). An unterminated
 * single-quoted string ends at the line break, an unterminated triple-quoted
 * one at the end of the text. In an f-string, replacement fields are code:
 * characters CPython refuses there are reported.
 */
export declare function skipString(cur: Cursor, fstring: boolean): CPythonError | undefined;
