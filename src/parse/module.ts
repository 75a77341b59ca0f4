import type { Node, Tree } from 'web-tree-sitter';
import { ToolError } from '../errors';
import { getParser } from './grammar';
import { describePythonError, findLayoutError } from './indentation';
import { decodeSource, SourceText } from './source';
import { compactTree, Point, SyntaxTree } from './syntax-tree';

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
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Line (1-based) and column (1-based) of a node's start. */
export function positionOf(node: { startPosition: Point }): { line: number; column: number } {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}

/**
 * The first MISSING node of a tree (the most precise place), else its first
 * ERROR node, if any.
 */
export function firstSyntaxError(root: Node): Node | undefined {
  if (!root.hasError) return undefined;
  let firstError: Node | undefined;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.isMissing) return node;
    if (node.isError) firstError ??= node;
    if (!node.hasError) continue;
    for (let i = node.childCount - 1; i >= 0; i--) stack.push(node.child(i)!);
  }
  return firstError ?? root;
}

/** Parses text with the shared parser; the caller owns the (wasm) tree and frees it. */
export async function parseText(text: string): Promise<Tree> {
  const parser = await getParser();
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/** Parses text into a {@link SyntaxTree} (the wasm tree is freed at once). */
export async function parseSyntax(text: string): Promise<SyntaxTree> {
  const tree = await parseText(text);
  try {
    return compactTree(tree, text);
  } finally {
    tree.delete();
  }
}

/**
 * Decodes and parses a file. A file with syntax errors, or with a layout
 * tree-sitter accepts but CPython refuses ({@link findLayoutError}), is
 * refused with a {@link ToolError} naming the path and the first line at
 * fault: it is never edited.
 */
export async function parseModule(path: string, bytes: Uint8Array): Promise<ParsedModule> {
  const { parsed, tree } = await parseModuleAndTree(path, bytes);
  tree.delete();
  return parsed;
}

/**
 * {@link parseModule}, also giving back tree-sitter's own tree of the text
 * (the caller owns it and frees it): the check of edits to a file reads it.
 */
export async function parseModuleAndTree(path: string, bytes: Uint8Array): Promise<{ parsed: ParsedModule; tree: Tree }> {
  if (bytes.length > MAX_FILE_BYTES) {
    // tree-sitter's wasm heap aborts the whole process on very large inputs: refuse them up front
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    throw new ToolError('too-large', path, `is ${mb(bytes.length)}, over the ${mb(MAX_FILE_BYTES)} this tool analyzes; file not analyzed`);
  }
  const source = decodeSource(bytes, path);
  const tree = await parseText(source.text);
  let compact: SyntaxTree;
  try {
    const bad = firstSyntaxError(tree.rootNode);
    // tree-sitter accepts some layouts CPython refuses (indentation, tabs, invisible characters, lone CRs);
    // what CPython's compiler refuses is checked on the files about to be edited (see analyze-group)
    const layout = findLayoutError(source.text);
    const at = bad && positionOf(bad);
    if (layout && (!at || layout.line <= at.line)) {
      throw new ToolError('parse-error', path, `:${layout.line}:${layout.column}: ${describePythonError(layout)}; file not analyzed`, 'fix the syntax first; the file is left untouched');
    }
    if (bad && at) {
      const what = bad.isMissing ? `missing ${bad.type}` : 'syntax error';
      throw new ToolError('parse-error', path, `:${at.line}:${at.column}: ${what}; file not analyzed`, 'fix the syntax first; the file is left untouched');
    }
    compact = compactTree(tree, source.text);
  } catch (e) {
    tree.delete();
    throw e;
  }
  return { parsed: { path, source, tree: compact, bytes }, tree };
}

