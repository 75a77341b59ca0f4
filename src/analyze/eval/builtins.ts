import { getAttr } from './expressions';
import type { Interp } from './interpreter';
import { findEntry, markTooLarge } from './dicts';
import { isTooLarge, MAX_ITEMS, MAX_STRING } from './limits';
import { appendAll, extendInPlace, iterate, setItem, tooLarge } from './operations';
import type { EvaluatedArgs } from './specs';
import { FALSE, NONE, TRUE, Value, looseEquals, oneOf, truthy, unknown } from './values';

type Builtin = Value & { k: 'builtin' };

const FUNCTIONS = new Set([
  'len', 'range', 'list', 'tuple', 'dict', 'set', 'frozenset', 'enumerate', 'zip', 'sorted', 'reversed',
  'str', 'int', 'float', 'bool', 'print', 'min', 'max', 'sum', 'any', 'all', 'getattr', 'isinstance',
  'hasattr', 'abs', 'round', 'super', 'object', 'id', 'type', 'repr', 'callable', 'iter', 'next', 'map', 'filter',
]);

/** The builtin bound to a free name, if Python has one. */
export function lookupBuiltin(name: string): Value | undefined {
  if (FUNCTIONS.has(name)) return { k: 'builtin', name };
  if (name === '__name__') return { k: 'str', v: '__main__' };
  return undefined;
}

const METHODS: Record<string, string[]> = {
  seq: ['append', 'extend', 'insert', 'index', 'copy', 'count', 'pop', 'remove', 'sort', 'reverse', 'clear'],
  dict: ['get', 'items', 'keys', 'values', 'update', 'setdefault', 'copy', 'pop'],
  str: ['join', 'format', 'upper', 'lower', 'replace', 'split', 'startswith', 'endswith', 'strip', 'rstrip', 'lstrip'],
  set: ['add', 'update', 'copy'],
};

/** A bound method of a list, dict, str or set, if modelled. */
export function methodOf(obj: Value, attr: string): Value | undefined {
  const names = METHODS[obj.k];
  return names?.includes(attr) ? { k: 'builtin', name: `${obj.k}.${attr}`, self: obj } : undefined;
}

const seq = (items: Value[], inexact = false, tuple = false): Value => ({ k: 'seq', tuple, items, inexact });

/** Calls a modelled builtin function or method. */
export function callBuiltin(interp: Interp, fn: Builtin, args: EvaluatedArgs): Value {
  const [a, b] = args.positional;
  const self = fn.self;
  if (args.hasUnknownSplat) return unknown(`${fn.name}() with *args`);
  switch (fn.name) {
    case 'len': {
      if (a?.k === 'str') return { k: 'num', v: a.v.length };
      if (isTooLarge(a)) return a!;
      const it = a && iterate(a, interp);
      return it?.exact ? { k: 'num', v: it.values.length } : unknown('len of undecidable value');
    }
    case 'range': {
      const nums = args.positional.map((v) => (v.k === 'num' ? v.v : undefined));
      if (nums.some((n) => n === undefined) || nums.length === 0) return seq([], true);
      const [start, stop, step] = nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? 1];
      if (step === 0 || Math.abs((stop - start) / step) > 10_000) return seq([], true);
      const out: Value[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push({ k: 'num', v: i });
      return seq(out);
    }
    case 'list':
    case 'tuple':
    case 'set':
    case 'frozenset':
    case 'sorted':
    case 'reversed': {
      if (!a) return fn.name === 'set' || fn.name === 'frozenset' ? { k: 'set', items: [] } : seq([], false, fn.name === 'tuple');
      const it = iterate(a, interp);
      if (!it) return unknown(`${fn.name}() of ${a.k}`);
      interp.charge(it.values.length);
      if (fn.name === 'set' || fn.name === 'frozenset') return { k: 'set', items: [...it.values], inexact: !it.exact };
      const items = fn.name === 'reversed' ? [...it.values].reverse() : [...it.values];
      // sorted() order only matters for positional binding, which we never rely on
      return seq(items, !it.exact || (fn.name === 'sorted' && args.keywords.size > 0), fn.name === 'tuple');
    }
    case 'dict': {
      const out: Value & { k: 'dict' } = { k: 'dict', entries: [] };
      if (a?.k === 'dict') {
        interp.charge(a.entries.length);
        appendAll(out.entries, a.entries);
      } else if (a) {
        const it = iterate(a, interp);
        if (it) interp.charge(it.values.length);
        if (!it) return unknown('dict() of undecidable value');
        for (const pair of it.values) {
          if (pair.k === 'seq' && pair.items.length === 2) out.entries.push([pair.items[0], pair.items[1]]);
          else out.inexact = true;
        }
        if (!it.exact) out.inexact = true;
      }
      for (const [k, v] of args.keywords) setItem(interp, out, { k: 'str', v: k }, v);
      return out;
    }
    case 'enumerate': {
      const it = a && iterate(a, interp);
      if (it) interp.charge(3 * it.values.length);
      const start = b?.k === 'num' ? b.v : 0;
      return it ? seq(it.values.map((v, i) => seq([{ k: 'num', v: i + start }, v], false, true)), !it.exact) : unknown('enumerate of undecidable value');
    }
    case 'zip': {
      const its = args.positional.map((v) => iterate(v, interp));
      if (its.some((x) => !x)) return unknown('zip of undecidable value');
      const n = its.length ? its.reduce((m, x) => Math.min(m, x!.values.length), Infinity) : 0;
      interp.charge(n * (its.length + 1));
      return seq(Array.from({ length: n }, (_, i) => seq(its.map((x) => x!.values[i]), false, true)), its.some((x) => !x!.exact));
    }
    case 'str':
      return a?.k === 'str' ? a : a?.k === 'num' ? { k: 'str', v: String(a.v) } : unknown('str() of undecidable value');
    case 'int':
      return a?.k === 'num' ? { k: 'num', v: Math.trunc(a.v) } : a?.k === 'str' && /^\s*-?\d+\s*$/.test(a.v) ? { k: 'num', v: parseInt(a.v, 10) } : unknown('int() of undecidable value');
    case 'float':
      return a?.k === 'num' ? a : unknown('float() of undecidable value');
    case 'bool': {
      const t = a ? truthy(a) : false;
      return t === undefined ? unknown('bool() of undecidable value') : t ? TRUE : FALSE;
    }
    case 'print':
      return NONE;
    case 'min':
    case 'max': {
      const vals = args.positional.length === 1 ? iterate(a, interp)?.values : args.positional;
      if (!vals || vals.length === 0 || vals.some((v) => v.k !== 'num')) return unknown(`${fn.name}() of undecidable values`);
      interp.charge(vals.length);
      const nums = vals.map((v) => (v as { v: number }).v);
      const pick = fn.name === 'min' ? Math.min : Math.max;
      return { k: 'num', v: nums.reduce((m, x) => pick(m, x)) };
    }
    case 'sum': {
      const it = a && iterate(a, interp);
      if (it) interp.charge(it.values.length);
      if (!it?.exact || it.values.some((v) => v.k !== 'num')) return unknown('sum() of undecidable values');
      return { k: 'num', v: it.values.reduce((s, v) => s + (v as { v: number }).v, 0) };
    }
    case 'any':
    case 'all': {
      const it = a && iterate(a, interp);
      if (!it) return unknown(`${fn.name}() of undecidable value`);
      interp.charge(it.values.length);
      const ts = it.values.map(truthy);
      if (fn.name === 'any') return ts.includes(true) ? TRUE : ts.includes(undefined) || !it.exact ? unknown('any() undecidable') : FALSE;
      return ts.includes(false) ? FALSE : ts.includes(undefined) || !it.exact ? unknown('all() undecidable') : TRUE;
    }
    case 'getattr': {
      if (b?.k !== 'str') return unknown('getattr with an undecidable name');
      const v = getAttr(interp, a, b.v);
      return v.k === 'unknown' && args.positional[2] ? oneOf([v, args.positional[2]]) : v;
    }
    case 'isinstance':
      return isInstance(a, b);
    case 'abs':
      return a?.k === 'num' ? { k: 'num', v: Math.abs(a.v) } : unknown('abs() of undecidable value');
    case 'object':
      return { k: 'opaque', why: 'object()' };
    default:
      return self ? callMethod(interp, fn, self, args) : unknown(`${fn.name}() is not modelled`);
  }
}

function callMethod(interp: Interp, fn: Builtin, self: Value, args: EvaluatedArgs): Value {
  const [a, b] = args.positional;
  const method = fn.name.slice(fn.name.indexOf('.') + 1);
  if (self.k === 'seq') {
    switch (method) {
      case 'append':
        if (self.tuple) return unknown('append on a tuple');
        if (self.items.length >= MAX_ITEMS) {
          markTooLarge(self);
          return NONE;
        }
        self.items.push(a ?? unknown('append()'));
        if (interp.uncertain) self.inexact = true;
        return NONE;
      case 'extend':
        if (a) extendInPlace(interp, self, a);
        return NONE;
      case 'insert':
        if (self.items.length >= MAX_ITEMS) markTooLarge(self);
        else if (a?.k === 'num' && b && !interp.uncertain) {
          interp.charge(self.items.length);
          self.items.splice(a.v < 0 ? self.items.length + a.v : a.v, 0, b);
        }
        else {
          if (b) self.items.push(b);
          self.inexact = true;
        }
        return NONE;
      case 'copy':
        interp.charge(self.items.length);
        return seq([...self.items], self.inexact);
      case 'index': {
        if (self.inexact) return unknown('index() on an undecidable list');
        interp.charge(self.items.length);
        const i = self.items.findIndex((x) => a && looseEquals(x, a) === true);
        return i >= 0 ? { k: 'num', v: i } : unknown('index() not found statically');
      }
      default:
        self.inexact = true;
        return unknown(`list.${method}() is not modelled`);
    }
  }
  if (self.k === 'dict') {
    const lookup = (key: Value) => {
      const i = findEntry(self, key, interp);
      return i >= 0 ? self.entries[i][1] : undefined;
    };
    switch (method) {
      case 'get': {
        const hit = a && lookup(a);
        if (hit) return hit;
        return self.inexact || a?.k === 'unknown' ? unknown('dict.get() undecidable') : (b ?? NONE);
      }
      case 'items':
        interp.charge(3 * self.entries.length);
        return seq(self.entries.map(([k, v]) => seq([k, v], false, true)), self.inexact);
      case 'keys':
        interp.charge(self.entries.length);
        return seq(self.entries.map(([k]) => k), self.inexact);
      case 'values':
        interp.charge(self.entries.length);
        return seq(self.entries.map(([, v]) => v), self.inexact);
      case 'copy':
        interp.charge(self.entries.length);
        return { k: 'dict', entries: [...self.entries], inexact: self.inexact };
      case 'update':
        if (a?.k === 'dict') for (const [k, v] of a.entries) setItem(interp, self, k, v);
        else if (a) self.inexact = true;
        for (const [k, v] of args.keywords) setItem(interp, self, { k: 'str', v: k }, v);
        return NONE;
      case 'setdefault': {
        const hit = a && lookup(a);
        if (hit) return hit;
        if (a) setItem(interp, self, a, b ?? NONE);
        return b ?? NONE;
      }
      default:
        self.inexact = true;
        return unknown(`dict.${method}() is not modelled`);
    }
  }
  if (self.k === 'str') {
    switch (method) {
      case 'join': {
        const it = a && iterate(a, interp);
        if (!it?.exact || it.values.some((v) => v.k !== 'str')) return unknown('str.join() of undecidable values');
        const parts = it.values.map((v) => (v as { v: string }).v);
        const n = parts.reduce((m, p) => m + p.length, 0) + self.v.length * Math.max(0, parts.length - 1);
        if (n > MAX_STRING) return tooLarge(`a string of ${n} characters`, interp.site());
        interp.charge(parts.length + (n >> 3));
        return { k: 'str', v: parts.join(self.v) };
      }
      case 'upper':
        interp.charge(self.v.length >> 3);
        return { k: 'str', v: self.v.toUpperCase() };
      case 'lower':
        interp.charge(self.v.length >> 3);
        return { k: 'str', v: self.v.toLowerCase() };
      case 'startswith':
      case 'endswith':
        return a?.k === 'str' ? ((method === 'startswith' ? self.v.startsWith(a.v) : self.v.endsWith(a.v)) ? TRUE : FALSE) : unknown(`str.${method}()`);
      case 'replace': {
        if (a?.k !== 'str' || b?.k !== 'str') return unknown('str.replace()');
        const pieces = self.v.split(a.v);
        const n = self.v.length + (pieces.length - 1) * (b.v.length - a.v.length);
        if (n > MAX_STRING) return tooLarge(`a string of ${n} characters`, interp.site());
        interp.charge((self.v.length + n) >> 3);
        return { k: 'str', v: pieces.join(b.v) };
      }
      case 'strip':
        return a ? unknown('str.strip(chars)') : { k: 'str', v: self.v.trim() };
      default:
        return unknown(`str.${method}() is not modelled`);
    }
  }
  if (self.k === 'set' && (method === 'add' || method === 'update')) {
    const it = method === 'add' ? (a ? { values: [a], exact: true } : undefined) : a ? iterate(a, interp) : undefined;
    if (it && self.items.length + it.values.length > MAX_ITEMS) {
      markTooLarge(self);
      return NONE;
    }
    // on a path that may not run, an item may or may not be there: `x in s` is then undecided for it only
    if (it) {
      interp.charge(it.values.length);
      appendAll(self.items, it.values.map((v) => (interp.uncertain ? oneOf([v, NONE]) : v)));
    }
    if (!it || !it.exact) self.inexact = true;
    return NONE;
  }
  if (self.k === 'set' && method === 'copy') {
    interp.charge(self.items.length);
    return { k: 'set', items: [...self.items], inexact: self.inexact };
  }
  if (self.k === 'set') self.inexact = true; // an unmodelled method may have changed it
  return unknown(`${fn.name}() is not modelled`);
}

const BUILTIN_TYPES: Record<string, Value['k'][]> = { int: ['num'], float: ['num'], str: ['str'], bool: ['bool'], list: ['seq'], tuple: ['seq'], dict: ['dict'], set: ['set'] };

/** `isinstance` where the answer follows from what was evaluated. */
function isInstance(v: Value | undefined, cls: Value | undefined): Value {
  if (!v || !cls) return unknown('isinstance()');
  if (cls.k === 'seq') {
    const parts = cls.items.map((c) => isInstance(v, c));
    if (parts.some((p) => p.k === 'bool' && p.v)) return TRUE;
    return parts.every((p) => p.k === 'bool') ? FALSE : unknown('isinstance() undecidable');
  }
  if (v.k === 'oneOf') return oneOf(v.options.map((o) => isInstance(o, cls)));
  const clsName = cls.k === 'class' ? cls.name : cls.k === 'extern' ? cls.name.slice(cls.name.lastIndexOf('.') + 1) : cls.k === 'builtin' ? cls.name : undefined;
  if (!clsName) return unknown('isinstance() with an undecidable class');
  if (v.k === 'spec') {
    if (clsName === 'TensorSpec' || clsName === 'ScalarSpec') return v.spec.cls === clsName ? TRUE : FALSE;
    return unknown('isinstance() of a spec against another class');
  }
  if (cls.k === 'builtin' && BUILTIN_TYPES[clsName]) {
    if (v.k === 'unknown' || v.k === 'opaque' || v.k === 'instance' || v.k === 'extern') return unknown('isinstance() of an undecidable value');
    if (clsName === 'tuple' || clsName === 'list') return v.k === 'seq' && v.tuple === (clsName === 'tuple') ? TRUE : FALSE;
    return BUILTIN_TYPES[clsName].includes(v.k) ? TRUE : FALSE;
  }
  return unknown('isinstance() undecidable');
}
