import type { Parser } from 'web-tree-sitter';
/** Where the bundled Python grammar lives (copied from tree-sitter-python 0.25.0). */
export declare const GRAMMAR_PATH: string;
/**
 * Returns the shared tree-sitter parser for Python, loading the grammar once.
 * The grammar is passed as bytes: `Language.load(path)` needs dynamic import,
 * which jest's VM does not provide.
 */
export declare function getParser(): Promise<Parser>;
