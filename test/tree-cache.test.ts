import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { getParser } from '../src/parse/grammar';
import { parseModule } from '../src/parse/module';
import { restoreTree, SyntaxTree, Node } from '../src/parse/syntax-tree';
import { analyzeFiles, AnalysisResult } from '../src/run/pipeline';
import { decodeTree, encodeTree, treeCacheDir } from '../src/run/tree-cache';
import { ENTRY } from './helpers/cli';

const summary = (r: AnalysisResult) => r.files.map((f) => ({ path: f.path, findings: f.findings, edits: f.edits, output: f.output, error: f.error?.message }));

/** Every node of a tree as plain data, in order. */
function nodes(tree: SyntaxTree) {
  const out: unknown[] = [];
  const walk = (n: Node, depth: number) => {
    out.push([depth, n.type, n.startIndex, n.endIndex, n.isNamed, n.childCount, n.parent?.startIndex]);
    for (const c of n.children) if (c) walk(c, depth + 1);
  };
  walk(tree.rootNode, 0);
  return out;
}

/** Where the fields of each node are, as plain data. */
function fields(tree: SyntaxTree) {
  const out: unknown[] = [];
  const walk = (n: Node) => {
    for (const f of ['name', 'parameters', 'body', 'function', 'arguments', 'left', 'right', 'value']) {
      const c = n.childForFieldName(f);
      if (c) out.push([n.startIndex, f, c.startIndex, c.endIndex]);
    }
    for (const c of n.namedChildren) if (c) walk(c);
  };
  walk(tree.rootNode);
  return out;
}

describe('stored syntax trees', () => {
  test('a stored tree reads back as the tree tree-sitter gave', async () => {
    const parsed = await parseModule('m.py', Buffer.from(ENTRY + 'x = [a for a in range(3) if a]  # é\n'));
    const language = (await getParser()).language!;
    const data = encodeTree(parsed.tree, 'k');
    const cols = decodeTree(data, 'k', parsed.source.text.length, language.types.length, language.fields.length);
    expect(cols).toBeDefined();
    const back = restoreTree(parsed.source.text, language, cols!);
    expect(back.size).toBe(parsed.tree.size);
    expect(nodes(back)).toEqual(nodes(parsed.tree));
    expect(fields(back)).toEqual(fields(parsed.tree));
  });

  test('a damaged, foreign or ill-formed tree file is refused', async () => {
    const parsed = await parseModule('m.py', Buffer.from(ENTRY));
    const language = (await getParser()).language!;
    const n = parsed.source.text.length;
    const decode = (data: Buffer, key = 'k', length = n) => decodeTree(data, key, length, language.types.length, language.fields.length);
    const data = encodeTree(parsed.tree, 'k');
    expect(decode(data)).toBeDefined();
    expect(decode(data.subarray(0, data.length - 1))).toBeUndefined(); // truncated
    const flipped = Buffer.from(data);
    flipped[40] ^= 1;
    expect(decode(flipped)).toBeUndefined(); // a changed byte
    expect(decode(data, 'other key')).toBeUndefined(); // stored under another name
    expect(decode(data, 'k', n + 1)).toBeUndefined(); // about another text
    // intact (its digest made for it) but not a tree: a node whose parent comes after it
    const size = parsed.tree.size;
    const body = Buffer.from(data.subarray(0, data.length - 32));
    const parentAt = 16 + 2 * 4 * size; // after the header, starts and ends
    body.writeInt32LE(size - 1, parentAt + 4 * 1);
    const { createHash } = await import('crypto');
    const forged = Buffer.concat([body, createHash('sha256').update('k\0').update(body).digest()]);
    expect(decode(forged)).toBeUndefined();
    // a type id the grammar does not have
    const body2 = Buffer.from(data.subarray(0, data.length - 32));
    body2.writeUInt16LE(0xffff, 16 + 3 * 4 * size);
    expect(decode(Buffer.concat([body2, createHash('sha256').update('k\0').update(body2).digest()]))).toBeUndefined();
  });
});

describe('a run with a cache after an edit', () => {
  function setup() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pypto-direction-trees-'));
    const builder = path.join(dir, 'specs.py');
    fs.writeFileSync(builder, 'from golden import TensorSpec\n\n\ndef build():\n    return [TensorSpec("x", [4], "f"), TensorSpec("y", [4], "f", is_output=True)]\n');
    const entry = path.join(dir, 'm.py');
    fs.writeFileSync(entry, ENTRY.replace('from golden import TensorSpec, run_jit', 'from golden import run_jit\nfrom specs import build').replace('specs=build_tensor_specs()', 'specs=build()'));
    const other = path.join(dir, 'o.py');
    fs.writeFileSync(other, ENTRY.replace(/step/g, 'other'));
    return { dir, builder, entry, other, cacheDir: path.join(dir, 'cache') };
  }

  test('an edit to an imported golden builder changes a decision in another file: the warm run sees it, reading the other trees', async () => {
    const { builder, entry, other, cacheDir } = setup();
    const first = await analyzeFiles([entry, other], { cacheDir });
    expect(first.files[0].output).toContain('y: pl.Out[');
    expect(fs.readdirSync(treeCacheDir(cacheDir)).length).toBeGreaterThanOrEqual(3);
    fs.writeFileSync(builder, fs.readFileSync(builder, 'utf8').replace('is_output=True', 'init_value=0.0, is_output=True'));
    // the result entries are gone: only the trees tell what is unchanged
    for (const f of fs.readdirSync(cacheDir)) if (f.endsWith('.json')) fs.rmSync(path.join(cacheDir, f));
    fs.rmSync(path.join(cacheDir, 'groups'), { recursive: true, force: true });
    const again = await analyzeFiles([entry, other], { cacheDir });
    expect(again.files[0].output).toContain('y: pl.InOut[');
    const cold = await analyzeFiles([entry, other], {});
    expect(summary(again)).toEqual(summary(cold));
    // parsed: the edited builder, and the two files about to change, parsed again to check their edits
    expect(again.work!.filesParsed).toBe(3);
    expect(cold.work!.filesParsed).toBe(5);
  });

  test('an edit that adds an import: the new import is followed', async () => {
    const { dir, entry, other, cacheDir } = setup();
    fs.writeFileSync(entry, ENTRY);
    const more = path.join(dir, 'more.py');
    fs.writeFileSync(more, 'from golden import TensorSpec\n\n\ndef build():\n    return [TensorSpec("x", [4], "f", init_value=0.0, is_output=True), TensorSpec("y", [4], "f", is_output=True)]\n');
    const files = [entry, other, more];
    expect((await analyzeFiles(files, { cacheDir })).files[0].output).toContain('y: pl.Out[');
    fs.writeFileSync(entry, ENTRY.replace('from golden import TensorSpec, run_jit', 'from golden import TensorSpec, run_jit\nfrom more import build').replace('specs=build_tensor_specs()', 'specs=build()'));
    const again = await analyzeFiles(files, { cacheDir });
    expect(again.files[0].output).toContain('x: pl.InOut[');
    expect(summary(again)).toEqual(summary(await analyzeFiles(files, {})));
  });

  test('damaged tree files cost only parses', async () => {
    const { entry, other, cacheDir } = setup();
    const cold = await analyzeFiles([entry, other], { cacheDir });
    const dir = treeCacheDir(cacheDir);
    for (const f of fs.readdirSync(dir)) {
      const p = path.join(dir, f);
      const data = fs.readFileSync(p);
      data[data.length >> 1] ^= 0xff;
      fs.writeFileSync(p, data);
    }
    for (const f of fs.readdirSync(cacheDir)) if (f.endsWith('.json')) fs.rmSync(path.join(cacheDir, f));
    fs.rmSync(path.join(cacheDir, 'groups'), { recursive: true, force: true });
    const again = await analyzeFiles([entry, other], { cacheDir });
    expect(again.work!.filesParsed).toBe(cold.work!.filesParsed);
    expect(summary(again)).toEqual(summary(cold));
  });
});
