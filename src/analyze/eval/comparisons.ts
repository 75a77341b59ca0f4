/** Python comparison operators on evaluated values. */
import type { Node } from '../../parse/syntax-tree';
import { codeChildren } from '../syntax';
import { evalExpr } from './expressions';
import type { Interp } from './interpreter';
import { findEntry } from './dicts';
import { iterate } from './operations';
import type { Scope } from './scope';
import { factOf } from './paths';
import { isTooLarge } from './limits';
import { FALSE, Fact, TRUE, Value, looseEquals, nullness } from './values';

/** `a < b == c`, `x in xs`, `y is not None`: true, false, or unknown where undecidable. */
export function evalComparison(interp: Interp, node: Node, scope: Scope): Value {
  const operands = codeChildren(node);
  const operators = node.children.filter((c): c is Node => !!c && !c.isNamed).map((c) => c.type);
  let left = evalExpr(interp, operands[0], scope);
  let result: boolean | undefined = true;
  let fact: Fact | undefined;
  let cause = isTooLarge(left) ? left : undefined;
  for (let i = 0; i < operators.length; i++) {
    const right = evalExpr(interp, operands[i + 1], scope);
    cause ??= isTooLarge(right) ? right : undefined;
    let r = compare(interp, operators[i], left, right);
    if (r === undefined && operators.length === 1) {
      // a test of a run-time value: what this path already assumed decides it
      const op = operators[i] === 'is' ? '==' : operators[i] === 'is not' ? '!=' : operators[i];
      fact = factOf(op, left, right, node.text);
      if (fact && interp.paths) r = interp.paths.evaluate(fact);
    }
    if (r === false) return FALSE;
    if (r === undefined) result = undefined;
    left = right;
  }
  if (result !== undefined) return TRUE;
  if (cause) return cause;
  return { k: 'unknown', why: `comparison ${node.text.slice(0, 60)} is undecidable`, at: { path: scope.mod.path, node }, ...(fact ? { fact } : {}) };
}

/** About what `a == b` visits: the items of two collections, or each pair of options of two unions. */
function equalityCost(a: Value, b: Value): number {
  const size = (v: Value) => (v.k === 'seq' || v.k === 'set' ? v.items.length : v.k === 'dict' ? v.entries.length : v.k === 'oneOf' ? v.options.length : 1);
  return a.k === 'oneOf' || b.k === 'oneOf' ? size(a) * size(b) : size(a) + size(b);
}

function compare(interp: Interp, op: string, a: Value, b: Value): boolean | undefined {
  switch (op) {
    case '==':
      interp.charge(equalityCost(a, b));
      return looseEquals(a, b);
    case '!=': {
      interp.charge(equalityCost(a, b));
      const e = looseEquals(a, b);
      return e === undefined ? undefined : !e;
    }
    case 'is':
    case 'is not': {
      let e: boolean | undefined;
      if (a.k === 'none' || b.k === 'none') {
        const n = nullness(a.k === 'none' ? b : a);
        e = n === 'unknown' ? undefined : n === 'none';
      } else if ((a.k === 'bool' && b.k === 'bool')) e = a.v === b.v;
      else e = looseEquals(a, b) === false ? false : undefined;
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
      if (x === undefined || y === undefined || typeof x !== typeof y) return undefined;
      return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
    }
    default:
      return undefined;
  }
}

function contains(interp: Interp, container: Value, item: Value): boolean | undefined {
  if (container.k === 'str' && item.k === 'str') {
    interp.charge(container.v.length >> 3);
    return container.v.includes(item.v);
  }
  if (container.k === 'dict' && findEntry(container, item, interp) >= 0) return true;
  const it = container.k === 'dict' ? { values: container.entries.map(([k]) => k), exact: !container.inexact } : iterate(container, interp);
  if (!it) return undefined;
  interp.charge(it.values.length);
  let unsure = !it.exact;
  for (const x of it.values) {
    const e = looseEquals(x, item);
    if (e === true) return true;
    if (e === undefined) unsure = true;
  }
  return unsure ? undefined : false;
}
