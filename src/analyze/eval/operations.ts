/** Operations on evaluated values: iteration, mutation and arithmetic. */
import type { Interp } from './interpreter';
import { SpecRecord, Value, looseEquals, oneOf, unknown } from './values';

/** Longest sequence the evaluator builds by repetition. */
const MAX_ITEMS = 10_000;

/** True for values that already explain why they are unknown. */
export function isUnknownLike(v: Value): boolean {
  return v.k === 'unknown';
}

/** The items an iteration yields, and whether that list is exact. */
export function iterate(v: Value): { values: Value[]; exact: boolean } | undefined {
  switch (v.k) {
    case 'seq':
    case 'set':
      return { values: v.items, exact: !v.inexact };
    case 'dict':
      return { values: v.entries.map(([k]) => k), exact: !v.inexact };
    case 'str':
      return { values: [...v.v].map((c) => ({ k: 'str', v: c })), exact: true };
    default:
      return undefined;
  }
}

/** `spec.field = value` after construction (e.g. `spec.init_value = make_init(spec)`). */
export function setSpecField(interp: Interp, spec: SpecRecord, field: string, value: Value): void {
  const key = ({ name: 'name', is_output: 'isOutput', init_value: 'initValue', shape: 'shape', dtype: 'dtype' } as const)[field as 'name'];
  if (!key) return; // other fields (resident, ...) do not matter here
  const old = spec[key] ?? { k: 'none' };
  spec[key] = interp.uncertain ? oneOf([old, value]) : value;
  interp.noteSpec(spec);
}

/** `list.extend`: appends what can be iterated, else marks the list inexact. */
export function extendInPlace(interp: Interp, list: Value & { k: 'seq' }, items: Value): void {
  const it = iterate(items);
  if (!it) {
    list.inexact = true;
    return;
  }
  list.items.push(...it.values);
  if (!it.exact || interp.uncertain) list.inexact = true;
}

/** `d[k] = v` on an evaluated dict. */
export function setItem(interp: Interp, dict: Value & { k: 'dict' }, key: Value, value: Value): void {
  const i = dict.entries.findIndex(([k]) => looseEquals(k, key) === true);
  if (key.k === 'unknown') dict.inexact = true;
  if (i >= 0) dict.entries[i] = [key, interp.uncertain ? oneOf([dict.entries[i][1], value]) : value];
  else dict.entries.push([key, value]);
  if (interp.uncertain) dict.inexact = true;
}

/** Binary arithmetic on evaluated values; unknown where not modelled. */
export function binaryOp(op: string, a: Value, b: Value): Value {
  if (a.k === 'num' && b.k === 'num') {
    const x = a.v;
    const y = b.v;
    switch (op) {
      case '+': return { k: 'num', v: x + y };
      case '-': return { k: 'num', v: x - y };
      case '*': return { k: 'num', v: x * y };
      case '/': return { k: 'num', v: x / y };
      case '//': return { k: 'num', v: Math.floor(x / y) };
      case '%': return { k: 'num', v: ((x % y) + y) % y };
      case '**': return { k: 'num', v: x ** y };
    }
  }
  if (op === '+' && a.k === 'str' && b.k === 'str') return { k: 'str', v: a.v + b.v };
  if (op === '+' && a.k === 'seq' && b.k === 'seq') {
    return { k: 'seq', tuple: a.tuple, items: [...a.items, ...b.items], inexact: a.inexact || b.inexact };
  }
  if (op === '*' && a.k === 'seq' && b.k === 'num' && b.v >= 0 && a.items.length * b.v <= MAX_ITEMS) {
    return { k: 'seq', tuple: a.tuple, items: Array.from({ length: b.v }, () => a.items).flat(), inexact: a.inexact };
  }
  if (op === '|' && a.k === 'dict' && b.k === 'dict') {
    const out: Value & { k: 'dict' } = { k: 'dict', entries: [...a.entries], inexact: a.inexact || b.inexact };
    for (const [k, v] of b.entries) {
          const i = out.entries.findIndex(([x]) => looseEquals(x, k) === true);
      if (i >= 0) out.entries[i] = [k, v];
      else out.entries.push([k, v]);
    }
    return out;
  }
  if (a.k === 'unknown') return a;
  if (b.k === 'unknown') return b;
  if (a.k === 'opaque' || b.k === 'opaque' || a.k === 'extern' || b.k === 'extern') return { k: 'opaque', why: `${op} on external values` };
  return unknown(`${a.k} ${op} ${b.k} is not modelled`);
}
