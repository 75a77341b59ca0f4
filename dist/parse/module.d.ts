import type { Node, Tree } from 'web-tree-sitter';
import { SourceText } from './source';
/** A parsed Python file. Offsets of its nodes index `source.text` (UTF-16). */
export interface ParsedModule {
    /** Path as given to the tool (used in messages and as the module's key). */
    path: string;
    source: SourceText;
    tree: Tree;
    /** The original bytes, used to detect changes on disk before writing. */
    bytes: Uint8Array;
    /** Kept for the whole run and shared between analyses: its tree is never freed early. */
    shared?: boolean;
}
/** The largest file analyzed (bigger ones are refused with an error, never edited). */
export declare const MAX_FILE_BYTES: number;
/** Line (1-based) and column (1-based) of a node's start. */
export declare function positionOf(node: Node): {
    line: number;
    column: number;
};
/**
 * The first MISSING node of a tree (the most precise place), else its first
 * ERROR node, if any.
 */
export declare function firstSyntaxError(root: Node): Node | undefined;
/** Parses text with the shared parser; the caller owns the tree. */
export declare function parseText(text: string): Promise<Tree>;
/**
 * Decodes and parses a file. A file with syntax errors, or with a layout
 * tree-sitter accepts but CPython refuses ({@link findLayoutError}), is
 * refused with a {@link ToolError} naming the path and the first line at
 * fault: it is never edited.
 */
export declare function parseModule(path: string, bytes: Uint8Array): Promise<ParsedModule>;
