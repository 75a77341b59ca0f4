import type { Node, Tree } from 'web-tree-sitter';
import { SourceText } from './source';
import { Point, SyntaxTree } from './syntax-tree';
/** A parsed Python file. Offsets of its nodes index `source.text` (UTF-16). */
export interface ParsedModule {
    /** Path as given to the tool (used in messages and as the module's key). */
    path: string;
    source: SourceText;
    /** Its syntax, read out of tree-sitter (the wasm tree is already freed). */
    tree: SyntaxTree;
    /** The original bytes, used to detect changes on disk before writing. */
    bytes: Uint8Array;
    /** A library module kept for the whole run and shared between analyses. */
    shared?: boolean;
}
/** The largest file analyzed (bigger ones are refused with an error, never edited). */
export declare const MAX_FILE_BYTES: number;
/** Line (1-based) and column (1-based) of a node's start. */
export declare function positionOf(node: {
    startPosition: Point;
}): {
    line: number;
    column: number;
};
/**
 * The first MISSING node of a tree (the most precise place), else its first
 * ERROR node, if any.
 */
export declare function firstSyntaxError(root: Node): Node | undefined;
/** Parses text with the shared parser; the caller owns the (wasm) tree and frees it. */
export declare function parseText(text: string): Promise<Tree>;
/** Parses text into a {@link SyntaxTree} (the wasm tree is freed at once). */
export declare function parseSyntax(text: string): Promise<SyntaxTree>;
/**
 * Decodes and parses a file. A file with syntax errors, or with a layout
 * tree-sitter accepts but CPython refuses ({@link findLayoutError}), is
 * refused with a {@link ToolError} naming the path and the first line at
 * fault: it is never edited.
 */
export declare function parseModule(path: string, bytes: Uint8Array): Promise<ParsedModule>;
/**
 * {@link parseModule}, also giving back tree-sitter's own tree of the text
 * (the caller owns it and frees it): the check of edits to a file reads it.
 */
export declare function parseModuleAndTree(path: string, bytes: Uint8Array): Promise<{
    parsed: ParsedModule;
    tree: Tree;
}>;
