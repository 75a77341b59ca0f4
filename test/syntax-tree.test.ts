import * as fs from 'fs';
import fc from 'fast-check';
import { rawCursorFor } from '../src/parse/grammar';
import { parseText } from '../src/parse/module';
import { walkWasmTree } from '../src/parse/syntax-tree';
import { loadCases } from './helpers/fixtures';
import { compareTrees } from './helpers/syntax-compare';

async function compare(text: string, everyIndex = false, errorFree = false): Promise<string | undefined | 'has errors'> {
  const tree = await parseText(text);
  try {
    if (errorFree && tree.rootNode.hasError) return 'has errors';
    return compareTrees(tree, text, { everyIndex });
  } finally {
    tree.delete();
  }
}

describe('a compact tree reads as the wasm tree it was read from', () => {
  test('the raw cursor functions are found in this web-tree-sitter build', async () => {
    const tree = await parseText('x = 1\n');
    try {
      expect(rawCursorFor(tree)).toBeDefined();
    } finally {
      tree.delete();
    }
  });

  test('every fixture file, every node and every offset', async () => {
    const files = loadCases().flatMap((c) => [...c.inputs.values()]);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
      expect([file, await compare(text, true)]).toEqual([file, undefined]);
    }
  }, 120_000);

  test.each([
    ['an empty file', ''],
    ['only a comment', '# nothing\n'],
    ['CRLF and lone CR line ends', 'x = 1\r\ny = [\r\n  2,\r  3]\r\n'],
    ['non-ASCII and astral characters before nodes', 's = "héllo 🙂"; t = f(s, k="ü")\nu = 1\n'],
    ['syntax errors and missing tokens', 'def f(:\n    return (1,\nx = ]\nclass C\n'],
    ['nested definitions with decorators', '@a.b(1)\nclass C(B, metaclass=M):\n    @staticmethod\n    def f(x: int = 1, *a, k, **kw) -> "T":\n        """doc"""\n        return [i for i in x if i]\n'],
  ])('%s', async (_, text) => {
    expect(await compare(text, true)).toBeUndefined();
  });

  // a tree with errors is refused before it is read (parseModule), and tree-sitter's sibling steps
  // inside ERROR nodes are its own: generated texts are compared where they parse cleanly
  test('generated statements', async () => {
    let compared = 0;
    const atom = fc.constantFrom('x', 'f(a, b=1)', '[1, 2]', '{"k": v}', 'a.b[c]', '(y)', '"s"', 'not z', 'a if b else c', 'lambda q: q', '# c\n');
    const stmt = fc.tuple(fc.constantFrom('', '    ', '\t'), atom, fc.constantFrom(' = ', ' + ', ', ', ' in '), atom, fc.constantFrom('\n', '\r\n', ';'));
    await fc.assert(
      fc.asyncProperty(fc.array(stmt, { maxLength: 12 }), async (parts) => {
        const text = parts.map(([ind, a, op, b, end]) => `${ind}${a}${op}${b}${end}`).join('');
        const verdict = await compare(text, true, true);
        if (verdict === 'has errors') return;
        compared++;
        expect(verdict).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(30);
  }, 60_000);
});

describe('the raw walk of a wasm tree (edit verification) reads what web-tree-sitter cursor reads', () => {
  type Seen = Array<[string, number, number, boolean, boolean]>;
  /** Both walks of one parse of `text`; undefined for the raw one when it declines (a tree with errors). */
  async function walks(text: string): Promise<{ wrapper: Seen; raw: Seen | undefined }> {
    const tree = await parseText(text);
    try {
      const raw: Seen = [];
      const used = walkWasmTree(tree, (type, start, end, named, leaf) => void raw.push([type, start, end, named, leaf]));
      const wrapper: Seen = [];
      const c = tree.walk();
      try {
        for (;;) {
          const row: Seen[number] = [c.nodeType, c.startIndex, c.endIndex, c.nodeIsNamed, false];
          wrapper.push(row);
          if (c.gotoFirstChild()) continue;
          row[4] = true;
          let more = true;
          while (more && !c.gotoNextSibling()) more = c.gotoParent();
          if (!more) break;
        }
      } finally {
        c.delete();
      }
      return { wrapper, raw: used ? raw : undefined };
    } finally {
      tree.delete();
    }
  }

  test('every fixture file: the same nodes, ranges, named flags and leaves', async () => {
    const files = loadCases().flatMap((c) => [...c.inputs.values()]);
    for (const file of files) {
      const { wrapper, raw } = await walks(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
      expect([file, raw]).toEqual([file, wrapper]);
    }
  }, 120_000);

  test('a tree with errors is declined (its flags come from the nodes themselves)', async () => {
    expect((await walks('def f(:\n    return (1,\n')).raw).toBeUndefined();
    expect((await walks('')).raw).toEqual((await walks('')).wrapper);
  });
});
