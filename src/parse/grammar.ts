import * as fs from 'fs';
import * as path from 'path';
import type { Parser, Tree } from 'web-tree-sitter';

let ready: Promise<Parser> | undefined;
let binding: RawCursor | undefined;

/** Where the bundled Python grammar lives (copied from tree-sitter-python 0.25.0). */
export const GRAMMAR_PATH = path.resolve(__dirname, '..', '..', 'grammars', 'tree-sitter-python.wasm');

/**
 * Returns the shared tree-sitter parser for Python, loading the grammar once.
 * The grammar is passed as bytes: `Language.load(path)` needs dynamic import,
 * which jest's VM does not provide.
 */
export function getParser(): Promise<Parser> {
  ready ??= (async () => {
    // loaded on first parse: a run answered from the cache never pays for the binding
    const { Language, Parser } = await import('web-tree-sitter');
    // emscripten puts the module's exports on the options object it is given: see RawCursor
    const wasmModule: Record<string, unknown> = {};
    await Parser.init(wasmModule);
    binding = rawCursorOf(wasmModule);
    const language = await Language.load(fs.readFileSync(GRAMMAR_PATH));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return ready;
}

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

type Fn = (tree: number) => number;

/** The raw cursor functions, when this web-tree-sitter build exposes them all (else the wrapper is used). */
function rawCursorOf(wasmModule: Record<string, unknown>): RawCursor | undefined {
  const names = ['tree_root_node', 'tree_cursor_new', 'tree_cursor_goto_first_child', 'tree_cursor_goto_next_sibling', 'tree_cursor_goto_parent', 'tree_cursor_current_node_type_id', 'tree_cursor_current_field_id', 'tree_cursor_start_index', 'tree_cursor_end_index', 'tree_cursor_delete'];
  const fns = names.map((n) => wasmModule[`_ts_${n}_wasm`]);
  if (!fns.every((f): f is Fn => typeof f === 'function')) return undefined;
  const [root, cursorNew, first, next, parent, typeId, fieldId, start, end, del] = fns as Fn[];
  return {
    start: (t) => {
      root(t); // the root node, into the transfer buffer, where cursor_new reads it
      cursorNew(t);
    },
    gotoFirstChild: first,
    gotoNextSibling: next,
    gotoParent: parent,
    typeId,
    fieldId,
    startIndex: start,
    endIndex: end,
    delete: (t) => void del(t),
  };
}

/** The raw cursor functions and the address of a tree, once the parser is loaded and if they are usable. */
export function rawCursorFor(tree: Tree): { raw: RawCursor; address: number } | undefined {
  const address = (tree as unknown as Record<number, unknown>)[0];
  return binding && typeof address === 'number' && address ? { raw: binding, address } : undefined;
}
