"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.callArgs = callArgs;
exports.dottedName = dottedName;
exports.unparen = unparen;
exports.codeChildren = codeChildren;
exports.definitionOf = definitionOf;
exports.decoratorsOf = decoratorsOf;
exports.enclosingFunction = enclosingFunction;
/** Splits a call's argument list into positional and keyword arguments. */
function callArgs(call) {
    const out = { positional: [], keywords: new Map(), hasSplat: false };
    const list = call.childForFieldName('arguments');
    if (!list || list.type !== 'argument_list') {
        if (list)
            out.positional.push(list); // generator argument: f(x for x in y)
        return out;
    }
    for (const arg of list.namedChildren) {
        if (!arg || arg.type === 'comment')
            continue;
        if (arg.type === 'keyword_argument') {
            const name = arg.childForFieldName('name')?.text;
            const value = arg.childForFieldName('value');
            if (name && value)
                out.keywords.set(name, value);
        }
        else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat') {
            out.hasSplat = true;
        }
        else {
            out.positional.push(arg);
        }
    }
    return out;
}
/** `a.b.c` for a chain of identifiers/attributes, else undefined. */
function dottedName(node) {
    const parts = [];
    for (let n = node; n; n = n.childForFieldName('object')) {
        if (n.type === 'identifier') {
            parts.push(n.text);
            return parts.reverse().join('.');
        }
        if (n.type !== 'attribute')
            return undefined;
        const attr = n.childForFieldName('attribute')?.text;
        if (!attr)
            return undefined;
        parts.push(attr);
    }
    return undefined;
}
/** Strips parentheses around an expression. */
function unparen(node) {
    let n = node;
    while (n.type === 'parenthesized_expression' && n.namedChildCount === 1)
        n = n.namedChild(0);
    return n;
}
const childrenCache = new WeakMap();
/**
 * Named children that are not comments. Remembered per node (by its index in
 * its tree): the evaluator walks the same bodies many times. Trees are never
 * edited once parsed.
 */
function codeChildren(node) {
    let byIndex = childrenCache.get(node.tree);
    if (!byIndex)
        childrenCache.set(node.tree, (byIndex = new Array(node.tree.size)));
    return (byIndex[node.index] ??= node.namedChildren.filter((c) => c.type !== 'comment'));
}
/** The function or class definition a decorated definition wraps. */
function definitionOf(node) {
    return node.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
}
/** Decorator expressions of a definition (empty when undecorated). */
function decoratorsOf(def) {
    const parent = def.parent;
    if (!parent || parent.type !== 'decorated_definition')
        return [];
    return parent.namedChildren
        .filter((c) => !!c && c.type === 'decorator')
        .map((d) => codeChildren(d)[0])
        .filter((e) => !!e);
}
/** The innermost enclosing function definition of a node, if any. */
function enclosingFunction(node) {
    for (let p = node.parent; p; p = p.parent)
        if (p.type === 'function_definition')
            return p;
    return undefined;
}
//# sourceMappingURL=syntax.js.map