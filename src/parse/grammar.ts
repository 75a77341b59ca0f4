import * as fs from 'fs';
import * as path from 'path';
import type { Parser } from 'web-tree-sitter';

let ready: Promise<Parser> | undefined;

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
    await Parser.init();
    const language = await Language.load(fs.readFileSync(GRAMMAR_PATH));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return ready;
}
