import type { Node } from '../../parse/syntax-tree';
import type { ModuleContext } from './module-context';
import type { Scope } from './scope';
import type { EraOfCall } from './era';
import { MAX_OPTIONS, TOO_LARGE } from './limits';

/** Where a value or spec came from: a file and a syntax node in it. */
export interface Site {
  path: string;
  node: Node;
}

/** A `TensorSpec(...)`/`ScalarSpec(...)` value as far as it could be evaluated. */
export interface SpecRecord {
  cls: 'TensorSpec' | 'ScalarSpec';
  name: Value;
  /** `is_output`; a literal False when not given. */
  isOutput: Value;
  /** `init_value`; undefined when not given (the spec's default is None). */
  initValue: Value | undefined;
  shape: Value;
  dtype: Value;
  site: Site;
  /** The harness era of the call that built it (a re-made spec keeps its source's). */
  era?: EraOfCall;
  /** The `is_output=` keyword argument node written at this call, if any. */
  isOutputArg?: Node;
  /** For `dataclasses.replace(spec, ...)`: the spec it copies. */
  replaced?: SpecRecord;
}

/**
 * An undecided test about a run-time value (an opaque or unknown value, kept
 * by identity): `subject == v`, `subject in (v, ...)` or `bool(subject)`.
 * Path exploration assumes it one way or the other and remembers the choice.
 */
export interface Fact {
  subject: Value;
  /** `has`: the run-time collection `subject` holds the one literal in `values` (`"--x" in sys.argv`). */
  test: 'eq' | 'in' | 'has' | 'truthy';
  /** Literal values compared with (one for `eq`). */
  values: Value[];
  negated: boolean;
  /** Source text of the test, for naming paths. */
  text: string;
}

/**
 * The abstract values of the static evaluator. Anything it cannot decide is
 * `unknown` with a reason; `opaque` is a value known to exist (not None) whose
 * content is not modelled, such as the result of a `torch` call. An `inexact`
 * collection holds at least its items; `why` says why it is inexact when
 * that is worth telling (it stopped growing at a size bound).
 */
export type Value =
  | { k: 'unknown'; why: string; at?: Site; fact?: Fact; input?: true }
  | { k: 'none' }
  | { k: 'bool'; v: boolean }
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'seq'; tuple: boolean; items: Value[]; inexact?: boolean; why?: string }
  | { k: 'set'; items: Value[]; inexact?: boolean; why?: string }
  | { k: 'dict'; entries: Array<[Value, Value]>; inexact?: boolean; why?: string }
  | { k: 'spec'; spec: SpecRecord }
  | { k: 'func'; def: Node; mod: ModuleContext; closure: Scope; name: string; self?: Value }
  | { k: 'lambda'; node: Node; mod: ModuleContext; closure: Scope }
  | { k: 'class'; def: Node; mod: ModuleContext; name: string; attrs: Map<string, Value>; bases: Value[] }
  | { k: 'instance'; cls: Value & { k: 'class' }; attrs: Map<string, Value> }
  | { k: 'module'; mod: ModuleContext }
  | { k: 'extern'; name: string }
  | { k: 'opaque'; why: string }
  | { k: 'oneOf'; options: Value[] }
  | { k: 'builtin'; name: string; self?: Value };

export type ClassValue = Value & { k: 'class' };
export type FuncValue = Value & { k: 'func' };

export const NONE: Value = { k: 'none' };
export const TRUE: Value = { k: 'bool', v: true };
export const FALSE: Value = { k: 'bool', v: false };

/** An unknown value with the reason it could not be evaluated. */
export function unknown(why: string, at?: Site): Value {
  return { k: 'unknown', why, at };
}

/** True for a value the evaluator could not decide. */
export function isUnknown(v: Value): v is Value & { k: 'unknown' } {
  return v.k === 'unknown';
}

/**
 * Whether a value is None: 'none', 'notNone', or 'unknown'. A union is only
 * decided when every option agrees.
 */
export function nullness(v: Value): 'none' | 'notNone' | 'unknown' {
  switch (v.k) {
    case 'none':
      return 'none';
    case 'unknown':
      return 'unknown';
    case 'oneOf': {
      const all = new Set(v.options.map(nullness));
      return all.size === 1 ? [...all][0] : 'unknown';
    }
    default:
      return 'notNone';
  }
}

/** Python truthiness, or undefined when it cannot be decided. */
export function truthy(v: Value): boolean | undefined {
  switch (v.k) {
    case 'none':
      return false;
    case 'bool':
      return v.v;
    case 'num':
      return v.v !== 0;
    case 'str':
      return v.v.length > 0;
    case 'seq':
    case 'set':
      return v.items.length > 0 ? true : v.inexact ? undefined : false;
    case 'dict':
      return v.entries.length > 0 ? true : v.inexact ? undefined : false;
    case 'unknown':
    case 'opaque':
    case 'extern':
    case 'instance':
      return undefined;
    case 'oneOf': {
      const all = new Set(v.options.map(truthy));
      return all.size === 1 ? [...all][0] : undefined;
    }
    default:
      return true;
  }
}

/** Python `==` on literal values; undefined when undecidable. */
export function looseEquals(a: Value, b: Value): boolean | undefined {
  if (a.k === 'oneOf' || b.k === 'oneOf') {
    const as = a.k === 'oneOf' ? a.options : [a];
    const bs = b.k === 'oneOf' ? b.options : [b];
    const all = new Set<boolean | undefined>();
    for (const x of as) for (const y of bs) all.add(looseEquals(x, y));
    return all.size === 1 ? [...all][0] : undefined;
  }
  if (a.k === 'none' || b.k === 'none') {
    const n = a.k === 'none' ? nullness(b) : nullness(a);
    return n === 'unknown' ? undefined : n === 'none';
  }
  const scalar = (v: Value): string | number | boolean | undefined =>
    v.k === 'str' || v.k === 'num' || v.k === 'bool' ? (v.k === 'bool' ? Number(v.v) : v.v) : undefined;
  const x = scalar(a);
  const y = scalar(b);
  if (x !== undefined && y !== undefined) return x === y;
  if ((a.k === 'seq' && b.k === 'seq') && !a.inexact && !b.inexact) {
    if (a.items.length !== b.items.length || a.tuple !== b.tuple) return false;
    let all: boolean | undefined = true;
    for (let i = 0; i < a.items.length; i++) {
      const e = looseEquals(a.items[i], b.items[i]);
      if (e === false) return false;
      if (e === undefined) all = undefined;
    }
    return all;
  }
  if (a.k === 'func' && b.k === 'func') return a.def.id === b.def.id;
  if (a.k === 'class' && b.k === 'class') return a.def.id === b.def.id;
  if (a.k === 'spec' && b.k === 'spec' && a.spec === b.spec) return true;
  return undefined;
}

/**
 * A union of candidate values, flattened; a single option is returned as is.
 * Past {@link MAX_OPTIONS} distinct options it is unknown.
 */
export function oneOf(options: Value[]): Value {
  const flat = new Set<Value>();
  for (const o of options) {
    if (o.k === 'oneOf') for (const x of o.options) flat.add(x);
    else flat.add(o);
  }
  if (flat.size === 1) return flat.values().next().value!;
  if (flat.size > MAX_OPTIONS) return unknown(`${TOO_LARGE}: more than ${MAX_OPTIONS} possible values`);
  return { k: 'oneOf', options: [...flat] };
}

/** The options of a union, or the value itself. */
export function optionsOf(v: Value): Value[] {
  return v.k === 'oneOf' ? v.options : [v];
}
