import type { Node } from '../../parse/syntax-tree';
import { siblingIn } from '../../facts/file-loads';
import { codeChildren } from '../syntax';
import { callBuiltin, lookupBuiltin, methodOf } from './builtins';
import { evalComparison } from './comparisons';
import type { Interp } from './interpreter';
import { putEntry, findEntry } from './dicts';
import { MAX_ITEMS, MAX_STRING, TOO_LARGE } from './limits';
import { appendAll, binaryOp, iterate, tooLarge } from './operations';
import { Scope } from './scope';
import { classEra, EraOfCall, externEra } from './era';
import { EvaluatedArgs, makeSpec, replaceSpec, specAttribute, specClassOf } from './specs';
import { stringParts } from './strings';
import { FALSE, NONE, TRUE, Value, oneOf, truthy, unknown } from './values';

/** Deeper nesting than this is not evaluated (Python's own parser stops near here too). */
const MAX_NESTING = 300;

/** Evaluates an expression node to an abstract value. */
export function evalExpr(interp: Interp, node: Node, scope: Scope): Value {
  interp.tick();
  if (interp.nesting >= MAX_NESTING) return unknown('expression nested too deeply', { path: scope.mod.path, node });
  interp.nesting++;
  try {
    return evalNode(interp, node, scope);
  } finally {
    interp.nesting--;
  }
}

function evalNode(interp: Interp, node: Node, scope: Scope): Value {
  switch (node.type) {
    case 'identifier': {
      const v = scope.lookup(node.text) ?? lookupBuiltin(node.text);
      return v ?? unknown(`name ${node.text} is not defined statically`, { path: scope.mod.path, node });
    }
    case 'integer':
    case 'float': {
      const n = Number(node.text.replace(/_/g, '').replace(/[jJ]$/, ''));
      return Number.isNaN(n) ? unknown(`number ${node.text}`) : { k: 'num', v: n };
    }
    case 'true':
      return TRUE;
    case 'false':
      return FALSE;
    case 'none':
      return NONE;
    case 'ellipsis':
      return { k: 'opaque', why: '...' };
    case 'string':
      return evalString(interp, node, scope);
    case 'concatenated_string': {
      let out = '';
      for (const part of codeChildren(node)) {
        const v = evalString(interp, part, scope);
        if (v.k !== 'str') return v;
        if (out.length + v.v.length > MAX_STRING) return tooLarge(`a string of over ${MAX_STRING} characters`, { path: scope.mod.path, node });
        out += v.v;
      }
      interp.charge(out.length >> 3);
      return { k: 'str', v: out };
    }
    case 'parenthesized_expression':
      return evalExpr(interp, codeChildren(node)[0], scope);
    case 'list':
    case 'tuple':
    case 'expression_list':
    case 'set':
      return evalSequence(interp, node, scope);
    case 'dictionary':
      return evalDict(interp, node, scope);
    case 'list_comprehension':
    case 'set_comprehension':
    case 'generator_expression':
    case 'dictionary_comprehension':
      return evalComprehension(interp, node, scope);
    case 'attribute': {
      const obj = evalExpr(interp, node.childForFieldName('object')!, scope);
      const attr = node.childForFieldName('attribute')!.text;
      if ((attr === 'is_output' || attr === 'is_input') && obj.k === 'spec') interp.directionReads.push({ node, spec: obj.spec, path: scope.mod.path });
      return getAttr(interp, obj, attr);
    }
    case 'subscript':
      return evalSubscript(interp, node, scope);
    case 'call':
      return evalCall(interp, node, scope);
    case 'binary_operator':
      return binaryOp(
        interp,
        node.childForFieldName('operator')!.text,
        evalExpr(interp, node.childForFieldName('left')!, scope),
        evalExpr(interp, node.childForFieldName('right')!, scope),
        { path: scope.mod.path, node },
      );
    case 'unary_operator': {
      const v = evalExpr(interp, node.childForFieldName('argument')!, scope);
      const op = node.childForFieldName('operator')!.text;
      if (v.k === 'num') return { k: 'num', v: op === '-' ? -v.v : op === '~' ? ~v.v : v.v };
      return v.k === 'unknown' ? v : unknown(`unary ${op} on ${v.k}`);
    }
    case 'not_operator': {
      const v = evalExpr(interp, node.childForFieldName('argument')!, scope);
      const t = interp.truth(v, node.childForFieldName('argument')!.text, false);
      if (t !== undefined) return t ? FALSE : TRUE;
      const fact = interp.factFor(v, node.childForFieldName('argument')!.text);
      return fact ? { k: 'unknown', why: 'not of an undecidable value', fact: { ...fact, negated: !fact.negated } } : unknown('not of an undecidable value');
    }
    case 'boolean_operator':
      return evalBoolean(interp, node, scope);
    case 'comparison_operator':
      return evalComparison(interp, node, scope);
    case 'conditional_expression': {
      const [body, cond, alt] = codeChildren(node);
      const t = interp.truth(evalExpr(interp, cond, scope), cond.text, true);
      if (t === true) return evalExpr(interp, body, scope);
      if (t === false) return evalExpr(interp, alt, scope);
      return interp.maybe(() => oneOf([evalExpr(interp, body, scope), evalExpr(interp, alt, scope)]));
    }
    case 'lambda':
      return { k: 'lambda', node, mod: scope.mod, closure: scope };
    case 'named_expression': {
      const v = evalExpr(interp, node.childForFieldName('value')!, scope);
      scope.set(node.childForFieldName('name')!.text, v);
      return v;
    }
    case 'keyword_argument':
    case 'list_splat':
    case 'dictionary_splat':
      return unknown(`${node.type} outside a call`);
    default:
      return unknown(`${node.type} is not modelled`, { path: scope.mod.path, node });
  }
}

function evalString(interp: Interp, node: Node, scope: Scope): Value {
  if (node.type !== 'string') return evalExpr(interp, node, scope);
  const parts = stringParts(node);
  if (!parts) return { k: 'opaque', why: 'bytes literal' };
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const v = evalExpr(interp, part, scope);
    if (v.k === 'str') out += v.v;
    else if (v.k === 'num') out += String(v.v);
    else if (v.k === 'unknown' && v.why.startsWith(TOO_LARGE)) return v; // a size bound stays named
    else return unknown('f-string with an undecidable part', { path: scope.mod.path, node });
    if (out.length > MAX_STRING) return tooLarge(`a string of over ${MAX_STRING} characters`, { path: scope.mod.path, node });
  }
  interp.charge(out.length >> 3);
  return { k: 'str', v: out };
}

function evalSequence(interp: Interp, node: Node, scope: Scope): Value {
  const items: Value[] = [];
  let inexact = false;
  for (const child of codeChildren(node)) {
    if (child.type === 'list_splat') {
      const it = iterate(evalExpr(interp, codeChildren(child)[0], scope), interp);
      if (it && items.length + it.values.length > MAX_ITEMS) return tooLarge(`a collection of over ${MAX_ITEMS} items`, { path: scope.mod.path, node });
      if (it) {
        interp.charge(it.values.length);
        appendAll(items, it.values);
      }
      if (!it || !it.exact) inexact = true;
    } else {
      items.push(evalExpr(interp, child, scope));
    }
  }
  if (node.type === 'set') return { k: 'set', items, inexact };
  return { k: 'seq', tuple: node.type !== 'list', items, inexact };
}

function evalDict(interp: Interp, node: Node, scope: Scope): Value {
  const dict: Value & { k: 'dict' } = { k: 'dict', entries: [] };
  for (const child of codeChildren(node)) {
    if (child.type === 'pair') {
      putEntry(dict, evalExpr(interp, child.childForFieldName('key')!, scope), evalExpr(interp, child.childForFieldName('value')!, scope), interp);
    } else if (child.type === 'dictionary_splat') {
      const v = evalExpr(interp, codeChildren(child)[0], scope);
      if (v.k === 'dict') {
        for (const [k, x] of v.entries) if (!putEntry(dict, k, x, interp)) return tooLarge(`a dict of over ${MAX_ITEMS} items`, { path: scope.mod.path, node });
        if (v.inexact) dict.inexact = true;
      } else dict.inexact = true;
    }
  }
  return dict;
}

function evalComprehension(interp: Interp, node: Node, scope: Scope): Value {
  const body = node.childForFieldName('body')!;
  const clauses = codeChildren(node).filter((c) => c.type === 'for_in_clause' || c.type === 'if_clause');
  const inner = new Scope(scope.mod, 'function', scope);
  const items: Value[] = [];
  const dict: Value & { k: 'dict' } = { k: 'dict', entries: [] };
  let inexact = false;
  let large = false;
  const emit = () => {
    if (node.type === 'dictionary_comprehension') {
      large = !putEntry(dict, evalExpr(interp, body.childForFieldName('key')!, inner), evalExpr(interp, body.childForFieldName('value')!, inner), interp);
    } else if (items.length >= MAX_ITEMS) large = true;
    else items.push(evalExpr(interp, body, inner));
  };
  const run = (i: number): void => {
    if (large) return;
    if (i === clauses.length) return emit();
    const clause = clauses[i];
    if (clause.type === 'if_clause') {
      const t = truthy(evalExpr(interp, codeChildren(clause)[0], inner));
      if (t === false) return;
      if (t === undefined) {
        inexact = true;
        return interp.maybe(() => run(i + 1));
      }
      return run(i + 1);
    }
    const iterable = evalExpr(interp, clause.childForFieldName('right')!, i === 0 ? scope : inner);
    const it = iterate(iterable, interp);
    const left = clause.childForFieldName('left')!;
    if (!it) {
      inexact = true;
      interp.bind(left, iterable.k === 'unknown' ? iterable : unknown(`cannot iterate ${iterable.k}`), inner);
      return interp.maybe(() => run(i + 1));
    }
    if (!it.exact) inexact = true;
    for (const item of it.values) {
      interp.bind(left, item, inner);
      if (it.exact) run(i + 1);
      else interp.maybe(() => run(i + 1));
    }
  };
  run(0);
  if (large) return tooLarge(`a collection of over ${MAX_ITEMS} items`, { path: scope.mod.path, node });
  if (node.type === 'dictionary_comprehension') return { ...dict, inexact: inexact || dict.inexact };
  if (node.type === 'set_comprehension') return { k: 'set', items, inexact };
  return { k: 'seq', tuple: node.type === 'generator_expression', items, inexact };
}

function evalBoolean(interp: Interp, node: Node, scope: Scope): Value {
  const op = node.childForFieldName('operator')!.text;
  const left = evalExpr(interp, node.childForFieldName('left')!, scope);
  const t = truthy(left);
  const right = () => evalExpr(interp, node.childForFieldName('right')!, scope);
  if (op === 'and') {
    if (t === false) return left;
    if (t === true) return right();
  } else {
    if (t === true) return left;
    if (t === false) return right();
  }
  return interp.maybe(() => oneOf([left, right()]));
}

function evalSubscript(interp: Interp, node: Node, scope: Scope): Value {
  const obj = evalExpr(interp, node.childForFieldName('value')!, scope);
  const subs = node.childrenForFieldName('subscript');
  if (obj.k === 'extern' || obj.k === 'opaque') return { k: 'opaque', why: `item of ${obj.k}` };
  if (subs.length !== 1) return unknown('multi-index subscript');
  const sub = subs[0];
  if (sub.type === 'slice') {
    if (obj.k === 'str') {
      const [lo, hi] = sliceBounds(interp, sub, scope, obj.v.length);
      if (lo === undefined || hi === undefined) return unknown('undecidable slice');
      interp.charge(Math.max(0, hi - lo) >> 3);
      return { k: 'str', v: obj.v.slice(lo, hi) };
    }
    if (obj.k !== 'seq' || obj.inexact) return obj.k === 'unknown' ? obj : unknown('slice of an undecidable sequence');
    const [lo, hi] = sliceBounds(interp, sub, scope, obj.items.length);
    if (lo === undefined || hi === undefined) return unknown('undecidable slice');
    interp.charge(Math.max(0, hi - lo));
    return { k: 'seq', tuple: obj.tuple, items: obj.items.slice(lo, hi) };
  }
  return getItem(obj, evalExpr(interp, sub, scope), interp);
}

function sliceBounds(interp: Interp, slice: Node, scope: Scope, length: number): [number | undefined, number | undefined] {
  const parts: Array<Node | undefined> = [undefined, undefined, undefined];
  let idx = 0;
  for (const c of slice.children) {
    if (!c) continue;
    if (c.type === ':') idx++;
    else if (c.isNamed && c.type !== 'comment' && idx < 3) parts[idx] = c;
  }
  if (parts[2]) {
    const step = evalExpr(interp, parts[2], scope);
    if (step.k !== 'num' || step.v !== 1) return [undefined, undefined]; // stepped slices are not modelled
  }
  const bound = (n: Node | undefined, dflt: number) => {
    if (!n) return dflt;
    const v = evalExpr(interp, n, scope);
    if (v.k !== 'num') return undefined;
    return v.v < 0 ? Math.max(0, length + v.v) : Math.min(v.v, length);
  };
  return [bound(parts[0], 0), bound(parts[1], length)];
}

/** `obj[key]` on evaluated values (entries searched are charged to `interp`). */
export function getItem(obj: Value, key: Value, interp?: Interp): Value {
  if (key.k === 'oneOf') return oneOf(key.options.map((k) => getItem(obj, k, interp)));
  if (obj.k === 'seq' && key.k === 'num') {
    if (obj.inexact) return unknown('index into an undecidable sequence');
    const i = key.v < 0 ? obj.items.length + key.v : key.v;
    return obj.items[i] ?? unknown('index out of range');
  }
  if (obj.k === 'dict') {
    const i = findEntry(obj, key, interp);
    if (i >= 0) return obj.entries[i][1];
    return unknown(`key ${key.k === 'str' ? JSON.stringify(key.v) : key.k} not found statically`);
  }
  if (obj.k === 'oneOf') return oneOf(obj.options.map((o) => getItem(o, key, interp)));
  return obj.k === 'unknown' ? obj : unknown(`item of ${obj.k}`);
}

const opaqueAttrs = new WeakMap<object, Map<string, Value>>();

/** `obj.attr` on an evaluated value. */
export function getAttr(interp: Interp, obj: Value, attr: string): Value {
  switch (obj.k) {
    case 'spec': {
      const v = specAttribute(obj.spec, attr);
      interp.noteSpec(obj.spec);
      return v ?? unknown(`spec attribute ${attr}`);
    }
    case 'module': {
      interp.ensureModule(obj.mod);
      const v = obj.mod.globals.vars.get(attr);
      if (v) return v;
      const sub = interp.host.resolveImport(obj.mod, attr, 1);
      return sub ? { k: 'module', mod: sub } : unknown(`${attr} is not defined in ${obj.mod.path}`);
    }
    case 'class':
    case 'instance': {
      const found = lookupAttr(obj, attr);
      if (found && obj.k === 'instance' && found.k === 'func') return { ...found, self: obj };
      return found ?? unknown(`attribute ${attr} of ${obj.k === 'class' ? obj.name : obj.cls.name}`);
    }
    case 'extern':
      return { k: 'extern', name: `${obj.name}.${attr}` };
    case 'opaque': {
      // the same attribute of the same run-time value is the same value (`args.mode` tested twice)
      let attrs = opaqueAttrs.get(obj);
      if (!attrs) opaqueAttrs.set(obj, (attrs = new Map()));
      let v = attrs.get(attr);
      if (!v) attrs.set(attr, (v = { k: 'opaque', why: `attribute of ${obj.why}` }));
      return v;
    }
    case 'unknown':
      return obj;
    case 'oneOf':
      return oneOf(obj.options.map((o) => getAttr(interp, o, attr)));
    default:
      return methodOf(obj, attr) ?? unknown(`attribute ${attr} of ${obj.k}`);
  }
}

function lookupAttr(obj: Value & { k: 'class' | 'instance' }, attr: string, seen = new Set<Value>()): Value | undefined {
  if (obj.k === 'instance') return obj.attrs.get(attr) ?? lookupAttr(obj.cls, attr, seen);
  if (seen.has(obj)) return undefined;
  seen.add(obj);
  const own = obj.attrs.get(attr);
  if (own) return own;
  for (const base of obj.bases) if (base.k === 'class') {
    const v = lookupAttr(base, attr, seen);
    if (v) return v;
  }
  return undefined;
}

/** Evaluates a call's arguments. */
export function evalArgs(interp: Interp, call: Node, scope: Scope): EvaluatedArgs {
  const out: EvaluatedArgs = { positional: [], keywords: new Map(), hasUnknownSplat: false };
  const list = call.childForFieldName('arguments');
  if (!list) return out;
  if (list.type === 'generator_expression') {
    out.positional.push(evalExpr(interp, list, scope));
    return out;
  }
  for (const arg of codeChildren(list)) {
    if (arg.type === 'keyword_argument') {
      out.keywords.set(arg.childForFieldName('name')!.text, evalExpr(interp, arg.childForFieldName('value')!, scope));
    } else if (arg.type === 'list_splat') {
      const it = iterate(evalExpr(interp, codeChildren(arg)[0], scope), interp);
      if (it) {
        interp.charge(it.values.length);
        appendAll(out.positional, it.values);
      }
      if (!it || !it.exact) out.hasUnknownSplat = true;
    } else if (arg.type === 'dictionary_splat') {
      const v = evalExpr(interp, codeChildren(arg)[0], scope);
      if (v.k === 'dict') for (const [k, x] of v.entries) if (k.k === 'str') out.keywords.set(k.v, x);
      if (v.k !== 'dict' || v.inexact || v.entries.some(([k]) => k.k !== 'str')) out.hasUnknownSplat = true;
    } else {
      out.positional.push(evalExpr(interp, arg, scope));
    }
  }
  return out;
}

function evalCall(interp: Interp, call: Node, scope: Scope): Value {
  const hooked = interp.hook?.(call, scope, interp);
  if (hooked) return hooked;
  const callee = evalExpr(interp, call.childForFieldName('function')!, scope);
  const args = evalArgs(interp, call, scope);
  return callValue(interp, callee, args, call, scope);
}

/** Calls an evaluated callee. Spec classes build spec records. */
export function callValue(interp: Interp, callee: Value, args: EvaluatedArgs, call: Node, scope: Scope): Value {
  const path = scope.mod.path;
  switch (callee.k) {
    case 'func': {
      if (callee.def.parent?.type === 'decorated_definition' && !plainDecorators(callee.def)) {
        return { k: 'opaque', why: `${callee.name}() is decorated` };
      }
      interp.callers.push({ path, node: call });
      try {
        return interp.callFunction(callee, args, callee.self);
      } finally {
        interp.callers.pop();
      }
    }
    case 'lambda':
      return interp.callFunction(callee, args);
    case 'class': {
      const cls = specClassOf(callee.name, interp.host.specClassNames);
      if (cls) return newSpec(interp, cls, args, path, call, classEra(callee.def, callee.mod.path, callee.name));
      const instance: Value & { k: 'instance' } = { k: 'instance', cls: callee, attrs: new Map() };
      const init = lookupAttr(callee, '__init__');
      if (init?.k === 'func') interp.callFunction(init, args, instance);
      else if (isDataclass(callee.def)) bindFields(callee.def, args, instance.attrs);
      interp.onInstance?.(instance, call, scope);
      return instance;
    }
    case 'extern': {
      const cls = specClassOf(callee.name, interp.host.specClassNames);
      if (cls) return newSpec(interp, cls, args, path, call, externEra(callee.name, !!keywordArg(call, 'is_output')));
      if ((callee.name === 'dataclasses.replace' || callee.name === 'replace') && args.positional[0]?.k === 'spec') {
        const spec = replaceSpec(args.positional[0].spec, args.keywords, path, call);
        spec.isOutputArg = keywordArg(call, 'is_output');
        spec.replaced = args.positional[0].spec;
        interp.noteSpec(args.positional[0].spec);
        interp.noteSpec(spec);
        return { k: 'spec', spec };
      }
      const loaded = loadByPath(interp, callee.name, args, call, scope);
      if (loaded) return loaded;
      return { k: 'opaque', why: `result of ${callee.name}()` };
    }
    case 'builtin':
      return callBuiltin(interp, callee, args);
    case 'oneOf':
      return interp.maybe(() => oneOf(callee.options.map((o) => callValue(interp, o, args, call, scope))));
    case 'opaque':
      return { k: 'opaque', why: `result of calling ${callee.why}` };
    case 'unknown':
      return unknown(`call of an undecidable callee (${callee.why})`, { path, node: call });
    default:
      return unknown(`call of ${callee.k}`, { path, node: call });
  }
}

const moduleSpecs = new WeakMap<object, Value>();

/**
 * `spec = importlib.util.spec_from_file_location(name, <dir of __file__> / "m.py")`,
 * `mod = importlib.util.module_from_spec(spec)`: the sibling module `m`, read as an import.
 */
function loadByPath(interp: Interp, name: string, args: EvaluatedArgs, call: Node, scope: Scope): Value | undefined {
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (last === 'module_from_spec') return args.positional[0] ? moduleSpecs.get(args.positional[0]) : undefined;
  if (last !== 'spec_from_file_location') return undefined;
  const sibling = siblingIn(call.childForFieldName('arguments')?.text ?? '');
  const mod = sibling ? interp.host.resolveImport(scope.mod, sibling, 1) : undefined;
  if (!mod) return undefined;
  const spec: Value = { k: 'opaque', why: `module spec of ${sibling}` };
  moduleSpecs.set(spec, { k: 'module', mod });
  return spec;
}

function newSpec(interp: Interp, cls: 'TensorSpec' | 'ScalarSpec', args: EvaluatedArgs, path: string, call: Node, era: EraOfCall & { order?: string[] }): Value {
  const { order, ...eraOfCall } = era;
  const spec = makeSpec(cls, args, path, call, order);
  spec.era = eraOfCall;
  const kw = keywordArg(call, 'is_output');
  if (kw) spec.isOutputArg = kw;
  interp.noteSpec(spec);
  return { k: 'spec', spec };
}

function isDataclass(def: Node): boolean {
  return def.parent?.type === 'decorated_definition' && def.parent.namedChildren.some((d) => d?.type === 'decorator' && /\bdataclass\b/.test(d.text));
}

/** A dataclass's generated `__init__`: fields are the annotated names of its body, in order. */
function bindFields(def: Node, args: EvaluatedArgs, attrs: Map<string, Value>): void {
  const fields: string[] = [];
  for (const stmt of codeChildren(def.childForFieldName('body')!)) {
    const a = stmt.type === 'expression_statement' ? codeChildren(stmt)[0] : undefined;
    if (a?.type === 'assignment' && a.childForFieldName('type') && a.childForFieldName('left')?.type === 'identifier') fields.push(a.childForFieldName('left')!.text);
  }
  fields.forEach((f, i) => {
    const v = i < args.positional.length ? args.positional[i] : args.keywords.get(f);
    if (v) attrs.set(f, v);
    else if (args.hasUnknownSplat) attrs.set(f, unknown(`field ${f} may come from **kwargs`));
  });
}

/** Decorators that do not change what a function returns when called. */
function plainDecorators(def: Node): boolean {
  const decorated = def.parent!;
  return decorated.namedChildren
    .filter((c) => c?.type === 'decorator')
    .every((d) => /^@\s*(staticmethod|classmethod|functools\.(lru_cache|cache|wraps)|lru_cache|cache)\b/.test(d!.text));
}


/** The `name=value` keyword argument node of a call, if written. */
function keywordArg(call: Node, name: string): Node | undefined {
  const list = call.childForFieldName('arguments');
  if (!list || list.type !== 'argument_list') return undefined;
  return codeChildren(list).find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
}
