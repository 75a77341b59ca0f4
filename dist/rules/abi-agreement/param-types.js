"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PACKED = void 0;
exports.paramType = paramType;
exports.specDims = specDims;
exports.specDtype = specDtype;
exports.shapeText = shapeText;
exports.shapesDiffer = shapesDiffer;
const syntax_1 = require("../../analyze/syntax");
/** torch dtype names -> the pypto DataType pypto's JIT maps them to. */
const TORCH = {
    float16: 'FP16',
    half: 'FP16',
    float32: 'FP32',
    float: 'FP32',
    bfloat16: 'BF16',
    int8: 'INT8',
    int16: 'INT16',
    short: 'INT16',
    int32: 'INT32',
    int: 'INT32',
    int64: 'INT64',
    long: 'INT64',
    uint8: 'UINT8',
    bool: 'BOOL',
    float8_e4m3fn: 'FP8E4M3FN',
    float8_e5m2: 'FP8E5M2',
    float8_e8m0fnu: 'FP8E8M0',
    float4_e2m1fn_x2: 'FP4',
};
/** The pl dtype names a torch dtype can map to: anything else is not compared. */
const PL = new Set(Object.values(TORCH));
/** Packed dtypes whose storage shape differs from the logical one: their shapes are not compared. */
exports.PACKED = new Set(['FP4']);
const types = new WeakMap();
/** The shape and dtype a param's annotation declares (`pl.Tensor[[M, N], pl.FP32]`), evaluated in its module. */
function paramType(p) {
    let t = types.get(p);
    if (t)
        return t;
    t = {};
    const ann = p.wrapper?.inner ?? p.annotation;
    if (ann?.type === 'subscript' && /(^|\.)Tensor$/.test(ann.childForFieldName('value')?.text ?? '')) {
        const value = ann.childForFieldName('value');
        const args = (0, syntax_1.codeChildren)(ann).filter((c) => c.isNamed && c.startIndex > value.endIndex);
        const [shape, dtype] = args;
        if (shape?.type === 'list')
            t.dims = listDims(shape);
        if (dtype)
            t.dtype = plDtype(dtype);
    }
    types.set(p, t);
    return t;
}
function asDim(v) {
    return v !== undefined && Number.isInteger(v) && v >= 0 ? v : undefined;
}
function listDims(list) {
    const items = (0, syntax_1.codeChildren)(list).filter((c) => c.isNamed);
    if (items.some((d) => d.type === 'list_splat'))
        return undefined;
    return items.map((d) => asDim(constantInt(d)));
}
const constants = new WeakMap();
const specShapes = new WeakMap();
const bindings = new WeakMap();
/**
 * How many places of a module's text may bind a name: `NAME = ...` and
 * augmented assignments anywhere (keyword arguments `f(NAME=...)` count
 * too: never trusted), tuple targets at a line's start (`NAME, B = ...`),
 * loop targets, `:=`, `as NAME`, and names on `global`/`nonlocal`/import
 * lines (counted twice: never trusted). One pass of the text per module,
 * no tree walk.
 */
function bindingCount(root, name) {
    let counts = bindings.get(root.tree);
    if (!counts)
        bindings.set(root.tree, (counts = countBindings(root.text)));
    return counts.get(name) ?? 0;
}
const IDENT = /[A-Za-z_]\w*/g;
const WORD = /\w/;
function countBindings(text) {
    const counts = new Map();
    const add = (name, n = 1) => counts.set(name, (counts.get(name) ?? 0) + n);
    // every `=` that is no comparison: the name before it (past an augmented operator) is bound
    for (let i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) {
        if (text[i + 1] === '=') {
            i++;
            continue;
        }
        let j = i - 1;
        if ('!<>'.includes(text[j]) && !(text[j] === text[j - 1] && '<>'.includes(text[j])))
            continue; // != <= >= (not <<= >>=)
        if (text[j] === ':')
            j--; // walrus
        while (j >= 0 && '+-*/%@&|^<>'.includes(text[j]))
            j--;
        while (j >= 0 && (text[j] === ' ' || text[j] === '\t'))
            j--;
        const end = j + 1;
        while (j >= 0 && WORD.test(text[j]))
            j--;
        if (end > j + 1 && text[j] !== '.' && !/\d/.test(text[j + 1]))
            add(text.slice(j + 1, end));
    }
    // tuple targets but the last (the pass above counted it)
    for (const m of text.matchAll(/^[ \t]*([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)+)[ \t]*=(?!=)/gm))
        for (const id of m[1].split(',').slice(0, -1))
            add(id.trim());
    for (const m of text.matchAll(/\bfor\b([^\n:]*?)\bin\b/g))
        for (const id of m[1].match(IDENT) ?? [])
            add(id);
    for (const m of text.matchAll(/\bas[ \t]+([A-Za-z_]\w*)/g))
        add(m[1]);
    for (const m of text.matchAll(/^[ \t]*(?:global|nonlocal|import|from)\b([^\n]*)/gm))
        for (const id of m[1].match(IDENT) ?? [])
            add(id, 2);
    return counts;
}
/**
 * A dim decided by its own module's text alone: an int literal, arithmetic
 * of such, or a name assigned once, at module level, to such. A constant
 * imported from another module is not trusted: a module can rebind another
 * module's globals before importing a third one (`config.MOE_TOKENS = ...`
 * ahead of `from moe import T`), which the evaluator does not replay.
 */
function constantInt(node, depth = 0) {
    if (depth > 8)
        return undefined;
    switch (node.type) {
        case 'integer':
            return /^\d+$/.test(node.text) ? Number(node.text) : undefined;
        case 'parenthesized_expression': {
            const inner = (0, syntax_1.codeChildren)(node).find((c) => c.isNamed);
            return inner ? constantInt(inner, depth + 1) : undefined;
        }
        case 'unary_operator': {
            const v = constantInt(node.childForFieldName('argument'), depth + 1);
            return v === undefined ? undefined : node.text.trim().startsWith('-') ? -v : node.text.trim().startsWith('+') ? v : undefined;
        }
        case 'binary_operator': {
            const l = constantInt(node.childForFieldName('left'), depth + 1);
            const r = constantInt(node.childForFieldName('right'), depth + 1);
            if (l === undefined || r === undefined)
                return undefined;
            const op = node.childForFieldName('operator')?.text;
            return op === '+' ? l + r : op === '-' ? l - r : op === '*' ? l * r : op === '//' && r !== 0 ? Math.floor(l / r) : undefined;
        }
        case 'identifier':
            return moduleConstant(node.tree.rootNode, node.text, depth);
        default:
            return undefined;
    }
}
const topLevel = new WeakMap();
/** The value each name gets from a module-level assignment (`N = 8`, `ROWS, WIDTH = 32, 256`), read once per module. */
function topLevelValues(root) {
    let out = topLevel.get(root.tree);
    if (out)
        return out;
    out = new Map();
    for (const st of (0, syntax_1.codeChildren)(root)) {
        const a = st.type === 'expression_statement' ? (0, syntax_1.codeChildren)(st)[0] : undefined;
        if (a?.type !== 'assignment' || a.childForFieldName('type'))
            continue;
        const [left, right] = [a.childForFieldName('left'), a.childForFieldName('right')];
        if (!left || !right)
            continue;
        if (left.type === 'identifier')
            out.set(left.text, right);
        else if (left.type === 'pattern_list' && right.type === 'expression_list') {
            const names = left.namedChildren;
            const values = right.namedChildren;
            if (names.length !== values.length)
                continue;
            names.forEach((n, i) => n?.type === 'identifier' && values[i] && out.set(n.text, values[i]));
        }
    }
    topLevel.set(root.tree, out);
    return out;
}
function moduleConstant(root, name, depth) {
    let memo = constants.get(root.tree);
    if (!memo)
        constants.set(root.tree, (memo = new Map()));
    if (memo.has(name))
        return memo.get(name);
    memo.set(name, undefined); // a cycle is undecided
    const binds = bindingCount(root, name);
    const right = binds === 1 ? topLevelValues(root).get(name) : undefined;
    const value = right ? constantInt(right, depth + 1) : undefined;
    memo.set(name, value);
    return value;
}
function lastName(s) {
    return s.slice(s.lastIndexOf('.') + 1);
}
/** A `pl.X` dtype written in the annotation, or a name assigned once, at module level, to one. */
function plDtype(node, depth = 0) {
    if (depth > 4)
        return undefined;
    if (node.type === 'attribute') {
        const name = node.childForFieldName('attribute')?.text;
        return name && PL.has(name) ? name : undefined;
    }
    if (node.type !== 'identifier')
        return undefined;
    if (PL.has(node.text))
        return node.text; // `from pypto.language import FP32`
    const root = node.tree.rootNode;
    const right = bindingCount(root, node.text) === 1 ? topLevelValues(root).get(node.text) : undefined;
    if (right)
        return plDtype(right, depth + 1);
    return undefined;
}
/**
 * A spec's dims as written at its call (`TensorSpec("x", [M, N], ...)`),
 * each decided by its module's text alone (see {@link constantInt}), or
 * undefined when the shape is not a list written there.
 */
function specDims(spec) {
    if (specShapes.has(spec))
        return specShapes.get(spec);
    const dims = readSpecDims(spec);
    specShapes.set(spec, dims);
    return dims;
}
function readSpecDims(spec) {
    const call = spec.site.node;
    if (call.type !== 'call')
        return undefined;
    const args = call.childForFieldName('arguments');
    if (!args)
        return undefined;
    const items = (0, syntax_1.codeChildren)(args).filter((c) => c.isNamed && c.type !== 'comment');
    const kw = items.find((c) => c.type === 'keyword_argument' && c.childForFieldName('name')?.text === 'shape');
    const positional = items.filter((c) => c.type !== 'keyword_argument');
    if (positional.some((c) => c.type === 'list_splat' || c.type === 'dictionary_splat') || items.some((c) => c.type === 'dictionary_splat'))
        return undefined;
    const shape = kw?.childForFieldName('value') ?? positional[1];
    if (!shape || (shape.type !== 'list' && shape.type !== 'tuple'))
        return undefined;
    return listDims(shape);
}
/** The pl dtype a spec's torch dtype maps to, when decided. */
function specDtype(spec) {
    const d = spec.dtype;
    if (d.k !== 'extern' || !/^torch\./.test(d.name))
        return undefined;
    const torch = lastName(d.name);
    return TORCH[torch] ? { torch: `torch.${torch}`, pl: TORCH[torch] } : undefined;
}
/** A shape in words: `[64, 128]`, `?` for an undecided dim. */
function shapeText(dims) {
    return `[${dims.map((d) => (d === undefined ? '?' : String(d))).join(', ')}]`;
}
/** Whether two shapes surely differ: ranks differ, or a dim decided on both sides differs. */
function shapesDiffer(spec, param) {
    if (spec.length !== param.length)
        return true;
    return spec.some((d, i) => d !== undefined && param[i] !== undefined && d !== param[i]);
}
//# sourceMappingURL=param-types.js.map