import * as fs from 'fs';
import { GRAMMAR_PATH } from '../src/parse/grammar';

test('the bundled grammar is the one tree-sitter-python ships', () => {
  const shipped = fs.readFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
  expect(fs.readFileSync(GRAMMAR_PATH).equals(shipped)).toBe(true);
});
