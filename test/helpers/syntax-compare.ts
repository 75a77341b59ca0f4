import type { Node as WasmNode, Tree as WasmTree } from 'web-tree-sitter';
import { compactTree, Node, SyntaxTree } from '../../src/parse/syntax-tree';

/** Every node of a wasm tree in pre-order (through `children`, as the analysis used to read them). */
function wasmNodes(tree: WasmTree): WasmNode[] {
  const out: WasmNode[] = [];
  const visit = (n: WasmNode) => {
    out.push(n);
    for (const c of n.children) if (c) visit(c);
  };
  visit(tree.rootNode);
  return out;
}

const FIELDS = [
  'alias', 'alternative', 'argument', 'arguments', 'attribute', 'body', 'bound', 'cause', 'code', 'condition', 'consequence', 'definition',
  'format_specifier', 'function', 'guard', 'interpolation', 'key', 'left', 'module_name', 'name', 'object', 'operator', 'operators',
  'parameters', 'return_type', 'right', 'subject', 'subscript', 'superclasses', 'type', 'type_conversion', 'type_parameters', 'value',
];

/**
 * Compares a compact tree with the wasm tree it was read from, node by
 * node, over every member the analysis reads. Returns the first difference.
 */
export function compareTrees(tree: WasmTree, text: string, opts: { everyIndex?: boolean; stride?: number } = {}): string | undefined {
  const compact = compactTree(tree, text);
  // the raw cursor functions and web-tree-sitter's TreeCursor read the same arrays
  const wrapped = compactTree(tree, text, { wrapper: true });
  const arrays = (t: SyntaxTree) => [t.size, t.typeId, t.fieldId, t.flags, t.start, t.end, t.parentOf, t.firstChildOf, t.nextSiblingOf].map((a) => (typeof a === 'number' ? a : Array.from(a)));
  if (JSON.stringify(arrays(compact)) !== JSON.stringify(arrays(wrapped))) return 'the raw cursor and the TreeCursor read different trees';
  const real = wasmNodes(tree);
  if (real.length !== compact.size) return `node count ${real.length} != ${compact.size}`;
  const indexOf = new Map<number, number>(real.map((n, i) => [n.id, i]));
  const idx = (n: WasmNode | null) => (n ? indexOf.get(n.id) ?? -2 : -1);
  const cidx = (n: Node | null) => (n ? n.index : -1);
  const same = (what: string, i: number, a: unknown, b: unknown) => (JSON.stringify(a) === JSON.stringify(b) ? undefined : `node ${i} (${real[i].type} at ${real[i].startIndex}): ${what}: wasm ${JSON.stringify(a)} != compact ${JSON.stringify(b)}`);
  for (let i = 0; i < real.length; i++) {
    const r = real[i];
    const c = compact.node(i);
    const diff =
      same('type', i, r.type, c.type) ??
      same('typeId', i, r.typeId, c.typeId) ??
      same('range', i, [r.startIndex, r.endIndex], [c.startIndex, c.endIndex]) ??
      same('text', i, r.text, c.text) ??
      same('startPosition', i, r.startPosition, c.startPosition) ??
      same('endPosition', i, r.endPosition, c.endPosition) ??
      same('flags', i, [r.isNamed, r.isMissing, r.isError, r.hasError], [c.isNamed, c.isMissing, c.isError, c.hasError]) ??
      same('parent', i, idx(r.parent), cidx(c.parent)) ??
      same('children', i, r.children.map(idx), c.children.map(cidx)) ??
      same('namedChildren', i, r.namedChildren.map(idx), c.namedChildren.map(cidx)) ??
      same('counts', i, [r.childCount, r.namedChildCount], [c.childCount, c.namedChildCount]) ??
      // (web-tree-sitter's sibling steps disagree with its own `children` inside ERROR nodes; such files are refused anyway)
      (tree.rootNode.hasError ? undefined : same('siblings', i, [idx(r.nextSibling), idx(r.previousSibling), idx(r.nextNamedSibling), idx(r.previousNamedSibling)], [cidx(c.nextSibling), cidx(c.previousSibling), cidx(c.nextNamedSibling), cidx(c.previousNamedSibling)])) ??
      same('ends', i, [idx(r.firstChild), idx(r.lastChild), idx(r.firstNamedChild), idx(r.lastNamedChild)], [cidx(c.firstChild), cidx(c.lastChild), cidx(c.firstNamedChild), cidx(c.lastNamedChild)]) ??
      same('child(i)', i, [0, 1, 2, 5].map((k) => [idx(r.child(k)), idx(r.namedChild(k))]), [0, 1, 2, 5].map((k) => [cidx(c.child(k)), cidx(c.namedChild(k))])) ??
      // tree-sitter's childForFieldName also finds a field a node inherits through an aliased child (a `match`'s
      // `alternative` cases, inside its `block`), where childrenForFieldName finds none: the compact tree finds none
      same('fields', i, FIELDS.map((f) => [r.type === 'match_statement' && f === 'alternative' ? -1 : idx(r.childForFieldName(f)), r.childrenForFieldName(f).map(idx)]), FIELDS.map((f) => [cidx(c.childForFieldName(f)), c.childrenForFieldName(f).map(cidx)])) ??
      same('fieldNameForChild', i, [0, 1, 2, 3].map((k) => r.fieldNameForChild(k)), [0, 1, 2, 3].map((k) => c.fieldNameForChild(k)));
    if (diff) return diff;
  }
  for (const types of [['identifier'], ['call', 'assignment'], ['block'], ['comment', 'string'], ['class_definition'], ['ERROR']]) {
    for (const i of [0, 1, 2, Math.floor(real.length / 2)].filter((k) => k < real.length)) {
      const diff = same(`descendantsOfType(${types})`, i, real[i].descendantsOfType(types).map(idx), compact.node(i).descendantsOfType(types).map(cidx));
      if (diff) return diff;
    }
  }
  const stride = opts.everyIndex ? 1 : opts.stride ?? 7;
  for (let at = 0; at <= text.length; at += stride) {
    for (const end of [at, at + 1, at + 9]) {
      for (const from of [0, Math.min(1, real.length - 1)]) {
        const diff = same(`descendantForIndex(${at}, ${end})`, from, idx(real[from].descendantForIndex(at, end)), cidx(compact.node(from).descendantForIndex(at, end)));
        if (diff) return diff;
      }
    }
  }
  return undefined;
}
