import type { Node, SyntaxTree } from '../parse/syntax-tree';

/** Positional and keyword arguments of a call, as syntax nodes. */
export interface CallArgs {
  positional: Node[];
  keywords: Map<string, Node>;
  /** True when the call has `*x` or `**x`: argument binding is then unknown. */
  hasSplat: boolean;
}

/** Splits a call's argument list into positional and keyword arguments. */
export function callArgs(call: Node): CallArgs {
  const out: CallArgs = { positional: [], keywords: new Map(), hasSplat: false };
  const list = call.childForFieldName('arguments');
  if (!list || list.type !== 'argument_list') {
    if (list) out.positional.push(list); // generator argument: f(x for x in y)
    return out;
  }
  for (const arg of list.namedChildren) {
    if (!arg || arg.type === 'comment') continue;
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name')?.text;
      const value = arg.childForFieldName('value');
      if (name && value) out.keywords.set(name, value);
    } else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat') {
      out.hasSplat = true;
    } else {
      out.positional.push(arg);
    }
  }
  return out;
}

/** `a.b.c` for a chain of identifiers/attributes, else undefined. */
export function dottedName(node: Node | null | undefined): string | undefined {
  const parts: string[] = [];
  for (let n = node; n; n = n.childForFieldName('object')) {
    if (n.type === 'identifier') {
      parts.push(n.text);
      return parts.reverse().join('.');
    }
    if (n.type !== 'attribute') return undefined;
    const attr = n.childForFieldName('attribute')?.text;
    if (!attr) return undefined;
    parts.push(attr);
  }
  return undefined;
}

/** Strips parentheses around an expression. */
export function unparen(node: Node): Node {
  let n = node;
  while (n.type === 'parenthesized_expression' && n.namedChildCount === 1) n = n.namedChild(0)!;
  return n;
}

const childrenCache = new WeakMap<SyntaxTree, Array<Node[] | undefined>>();

/**
 * Named children that are not comments. Remembered per node (by its index in
 * its tree): the evaluator walks the same bodies many times. Trees are never
 * edited once parsed.
 */
export function codeChildren(node: Node): Node[] {
  let byIndex = childrenCache.get(node.tree);
  if (!byIndex) childrenCache.set(node.tree, (byIndex = new Array(node.tree.size)));
  return (byIndex[node.index] ??= node.namedChildren.filter((c) => c.type !== 'comment'));
}

/** The function or class definition a decorated definition wraps. */
export function definitionOf(node: Node): Node {
  return node.type === 'decorated_definition' ? node.childForFieldName('definition')! : node;
}

/** Decorator expressions of a definition (empty when undecorated). */
export function decoratorsOf(def: Node): Node[] {
  const parent = def.parent;
  if (!parent || parent.type !== 'decorated_definition') return [];
  return parent.namedChildren
    .filter((c): c is Node => !!c && c.type === 'decorator')
    .map((d) => codeChildren(d)[0])
    .filter((e): e is Node => !!e);
}

/** The innermost enclosing function definition of a node, if any. */
export function enclosingFunction(node: Node): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return undefined;
}
