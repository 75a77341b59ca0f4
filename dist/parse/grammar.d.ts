import type { Parser, Tree } from 'web-tree-sitter';
/** Where the bundled Python grammar lives (copied from tree-sitter-python 0.25.0). */
export declare const GRAMMAR_PATH: string;
/**
 * Returns the shared tree-sitter parser for Python, loading the grammar once.
 * The grammar is passed as bytes: `Language.load(path)` needs dynamic import,
 * which jest's VM does not provide.
 */
export declare function getParser(): Promise<Parser>;
/**
 * tree-sitter's cursor functions, called without web-tree-sitter's
 * `TreeCursor` wrapper. The wrapper copies the cursor into the wasm transfer
 * buffer and back around every call (and a position read overwrites it);
 * one walk that makes no other wasm call in between can leave it there, at
 * less than half the cost. Each function takes the tree's address; the
 * cursor is the one in the transfer buffer.
 */
export interface RawCursor {
    /** Puts a new cursor on the tree's root into the transfer buffer. */
    start(tree: number): void;
    gotoFirstChild(tree: number): number;
    gotoNextSibling(tree: number): number;
    gotoParent(tree: number): number;
    typeId(tree: number): number;
    fieldId(tree: number): number;
    startIndex(tree: number): number;
    endIndex(tree: number): number;
    /** Frees the cursor in the transfer buffer. */
    delete(tree: number): void;
}
/** The raw cursor functions and the address of a tree, once the parser is loaded and if they are usable. */
export declare function rawCursorFor(tree: Tree): {
    raw: RawCursor;
    address: number;
} | undefined;
