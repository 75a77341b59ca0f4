"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evalComparison = evalComparison;
const syntax_1 = require("../syntax");
const expressions_1 = require("./expressions");
const dicts_1 = require("./dicts");
const operations_1 = require("./operations");
const paths_1 = require("./paths");
const limits_1 = require("./limits");
const values_1 = require("./values");
/** `a < b == c`, `x in xs`, `y is not None`: true, false, or unknown where undecidable. */
function evalComparison(interp, node, scope) {
    const operands = (0, syntax_1.codeChildren)(node);
    const operators = node.children.filter((c) => !!c && !c.isNamed).map((c) => c.type);
    let left = (0, expressions_1.evalExpr)(interp, operands[0], scope);
    let result = true;
    let fact;
    let cause = (0, limits_1.isTooLarge)(left) ? left : undefined;
    for (let i = 0; i < operators.length; i++) {
        const right = (0, expressions_1.evalExpr)(interp, operands[i + 1], scope);
        cause ??= (0, limits_1.isTooLarge)(right) ? right : undefined;
        let r = compare(interp, operators[i], left, right);
        if (r === undefined && operators.length === 1) {
            // a test of a run-time value: what this path already assumed decides it
            const op = operators[i] === 'is' ? '==' : operators[i] === 'is not' ? '!=' : operators[i];
            fact = (0, paths_1.factOf)(op, left, right, node.text);
            if (fact && interp.paths)
                r = interp.paths.evaluate(fact);
        }
        if (r === false)
            return values_1.FALSE;
        if (r === undefined)
            result = undefined;
        left = right;
    }
    if (result !== undefined)
        return values_1.TRUE;
    if (cause)
        return cause;
    return { k: 'unknown', why: `comparison ${node.text.slice(0, 60)} is undecidable`, at: { path: scope.mod.path, node }, ...(fact ? { fact } : {}) };
}
/** About what `a == b` visits: the items of two collections, or each pair of options of two unions. */
function equalityCost(a, b) {
    const size = (v) => (v.k === 'seq' || v.k === 'set' ? v.items.length : v.k === 'dict' ? v.entries.length : v.k === 'oneOf' ? v.options.length : 1);
    return a.k === 'oneOf' || b.k === 'oneOf' ? size(a) * size(b) : size(a) + size(b);
}
function compare(interp, op, a, b) {
    switch (op) {
        case '==':
            interp.charge(equalityCost(a, b));
            return (0, values_1.looseEquals)(a, b);
        case '!=': {
            interp.charge(equalityCost(a, b));
            const e = (0, values_1.looseEquals)(a, b);
            return e === undefined ? undefined : !e;
        }
        case 'is':
        case 'is not': {
            let e;
            if (a.k === 'none' || b.k === 'none') {
                const n = (0, values_1.nullness)(a.k === 'none' ? b : a);
                e = n === 'unknown' ? undefined : n === 'none';
            }
            else if ((a.k === 'bool' && b.k === 'bool'))
                e = a.v === b.v;
            else
                e = (0, values_1.looseEquals)(a, b) === false ? false : undefined;
            return e === undefined ? undefined : op === 'is' ? e : !e;
        }
        case 'in':
        case 'not in': {
            const e = contains(interp, b, a);
            return e === undefined ? undefined : op === 'in' ? e : !e;
        }
        case '<':
        case '>':
        case '<=':
        case '>=': {
            const x = a.k === 'num' || a.k === 'str' ? a.v : undefined;
            const y = b.k === 'num' || b.k === 'str' ? b.v : undefined;
            if (x === undefined || y === undefined || typeof x !== typeof y)
                return undefined;
            return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
        }
        default:
            return undefined;
    }
}
function contains(interp, container, item) {
    if (container.k === 'str' && item.k === 'str') {
        interp.charge(container.v.length >> 3);
        return container.v.includes(item.v);
    }
    if (container.k === 'dict' && (0, dicts_1.findEntry)(container, item, interp) >= 0)
        return true;
    const it = container.k === 'dict' ? { values: container.entries.map(([k]) => k), exact: !container.inexact } : (0, operations_1.iterate)(container, interp);
    if (!it)
        return undefined;
    interp.charge(it.values.length);
    let unsure = !it.exact;
    for (const x of it.values) {
        const e = (0, values_1.looseEquals)(x, item);
        if (e === true)
            return true;
        if (e === undefined)
            unsure = true;
    }
    return unsure ? undefined : false;
}
//# sourceMappingURL=comparisons.js.map