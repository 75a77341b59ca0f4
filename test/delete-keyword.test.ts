import { parseSyntax, parseText } from '../src/parse/module';
import type { Node } from '../src/parse/syntax-tree';
import { applyEdits } from '../src/rewrite/apply';
import { deleteKeywordEdit } from '../src/rewrite/delete-keyword';
import type { Edit } from '../src/rewrite/edits';
import { structuralDifference } from '../src/rewrite/verify';
import { verifierVerdict } from './helpers/verify';

/** Deletes the first `is_output=` keyword of `src`; returns the new text and the verifier's verdict. */
async function del(src: string): Promise<{ out: string; diff?: string; edit?: Edit }> {
  const tree = await parseText(src);
  try {
    let kw: Node | null = (await parseSyntax(src)).rootNode.descendantForIndex(src.indexOf('is_output'));
    while (kw && kw.type !== 'keyword_argument') kw = kw.parent;
    const edit = deleteKeywordEdit(src, kw!);
    if (!edit) return { out: src };
    const out = applyEdits(src, [edit]);
    const after = await parseText(out);
    try {
      return { out, diff: structuralDifference(tree, src, after, out, [edit]), edit };
    } finally {
      after.delete();
    }
  } finally {
    tree.delete();
  }
}

describe('minimal deletion of an is_output keyword', () => {
  test.each([
    ['last argument on a line', 'S = [TensorSpec("y", [4], f, is_output=True)]\n', 'S = [TensorSpec("y", [4], f)]\n'],
    ['between arguments', 'S = TensorSpec("y", [4], f, is_output=True, resident=None)\n', 'S = TensorSpec("y", [4], f, resident=None)\n'],
    ['first on its line, others follow', 'S = TensorSpec(\n    "y", [4], f,\n    is_output=True, resident=0,\n)\n', 'S = TensorSpec(\n    "y", [4], f,\n    resident=0,\n)\n'],
    ['a line of its own with a trailing comma', 'S = TensorSpec(\n    "y",\n    is_output=True,\n    resident=0,\n)\n', 'S = TensorSpec(\n    "y",\n    resident=0,\n)\n'],
    ['a line of its own, last, no trailing comma', 'S = TensorSpec(\n    "y", [4], f,\n    is_output=True\n)\n', 'S = TensorSpec(\n    "y", [4], f,\n)\n'],
    ['a line of its own with a comment: the comment stays', 'S = TensorSpec(\n    "y",\n    is_output=True,  # the cache\n)\n', 'S = TensorSpec(\n    "y",\n    # the cache\n)\n'],
    ['shares its line with the previous argument, trailing comma', 'S = TensorSpec(\n    "y", f, is_output=True,\n)\n', 'S = TensorSpec(\n    "y", f,\n)\n'],
    ['before the closing parenthesis on its line', 'S = TensorSpec(\n    "y", f,\n    is_output=True)\n', 'S = TensorSpec(\n    "y", f,\n    )\n'],
    ['in dataclasses.replace', 'S = dataclasses.replace(base, is_output=True)\n', 'S = dataclasses.replace(base)\n'],
    ['the only argument', 'S = TensorSpec(is_output=True)\n', 'S = TensorSpec()\n'],
    ['spanning lines, with a comment inside', 'S = TensorSpec(\n    "y",\n    is_output=(\n        name == "kv"  # the cache\n    ),\n)\n', 'S = TensorSpec(\n    "y",\n    # the cache\n)\n'],
    ['CRLF line endings are kept', 'S = TensorSpec(\r\n    "y",\r\n    is_output=True,  # out\r\n    resident=0,\r\n)\r\n', 'S = TensorSpec(\r\n    "y",\r\n    # out\r\n    resident=0,\r\n)\r\n'],
  ])('%s', async (_name, src, want) => {
    const r = await del(src);
    expect(r.out).toBe(want);
    expect(r.diff).toBeUndefined();
  });

  test('a comment inside an argument that shares its line is never dropped: no edit', async () => {
    const r = await del('S = TensorSpec("y", is_output=(  # keep me\n    True), resident=0)\n');
    expect(r.edit).toBeUndefined();
  });
});

describe('the verifier checks keyword deletions exactly', () => {
  const SRC = 'S = TensorSpec("y", [4], f, is_output=True, resident=None)\n';
  const verdict = (edits: Edit[]) => verifierVerdict(SRC, edits);
  const kw = { start: SRC.indexOf('is_output'), end: SRC.indexOf('True') + 4 };

  test('deleting another keyword argument is refused', async () => {
    const r = { start: SRC.indexOf('resident'), end: SRC.indexOf('None') + 4 };
    expect(await verdict([{ start: r.start - 2, end: r.end, text: '', keyword: r }])).toMatch(/not an is_output keyword/);
  });

  test('a deletion reaching past its keyword into other tokens is refused', async () => {
    expect(await verdict([{ start: SRC.indexOf('[4]'), end: kw.end, text: '', keyword: kw }])).toMatch(/removes/);
  });

  test('a deletion that inserts code is refused; one that only removes the keyword and its comma passes', async () => {
    expect(await verdict([{ start: kw.start - 2, end: kw.end, text: 'x', keyword: kw }])).toBeDefined();
    expect(await verdict([{ start: kw.start - 2, end: kw.end, text: '', keyword: kw }])).toBeUndefined();
  });

  test('the same removal without the keyword marker is refused (other edits are never loosened)', async () => {
    expect(await verdict([{ start: kw.start - 2, end: kw.end, text: '' }])).toBeDefined();
  });
});
