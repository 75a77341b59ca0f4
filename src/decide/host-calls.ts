import type { Node } from '../parse/syntax-tree';
import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import { evalExpr } from '../analyze/eval/expressions';
import { BudgetExceeded, Interp } from '../analyze/eval/interpreter';
import type { ModuleContext } from '../analyze/eval/module-context';
import type { Project } from '../analyze/project';
import { callArgs, unparen } from '../analyze/syntax';
import { functionKey } from './decide';

/** A host param passed to an L2 entry's param at one call site. */
export interface HostCall {
  host: PyptoFunction;
  hostParam: ParamInfo;
  callee: PyptoFunction;
  calleeParam: ParamInfo;
  site: Node;
}

/** A call in a host driver whose callee cannot be resolved statically. */
export interface UnknownCallee {
  host: PyptoFunction;
  name: string;
  site: Node;
}

/** `kv_cache[r]` -> `kv_cache`; a plain name stays as it is; else undefined. */
function passedName(arg: Node): string | undefined {
  let n = unparen(arg);
  while (n.type === 'subscript') n = unparen(n.childForFieldName('value')!);
  return n.type === 'identifier' ? n.text : undefined;
}

/**
 * Local names bound to (a slice of) a host param, e.g. `hidden_rank =
 * hidden_out[r]`. A name bound more than once, or also to something else,
 * is left out: it cannot be traced soundly.
 */
function localAliases(body: Node, params: Set<string>): Map<string, string> {
  const bound = new Map<string, string | null>();
  for (const a of body.descendantsOfType('assignment')) {
    const left = a?.childForFieldName('left');
    const right = a?.childForFieldName('right');
    if (!left || left.type !== 'identifier') continue;
    const src = right ? passedName(right) : undefined;
    const target = src && params.has(src) ? src : null;
    bound.set(left.text, bound.has(left.text) && bound.get(left.text) !== target ? null : target);
  }
  const out = new Map<string, string>();
  for (const [k, v] of bound) if (v && !params.has(k)) out.set(k, v);
  return out;
}

/**
 * Finds, in every host driver, the calls to L2 entries and maps their
 * arguments to the callee's params by position and keyword. Only arguments
 * that are (subscripts of) the host's own params are kept.
 */
export function findHostCalls(project: Project, contexts: Map<string, ModuleContext>, functions: PyptoFunction[]): { calls: HostCall[]; unknown: UnknownCallee[] } {
  const byKey = new Map(functions.map((f) => [functionKey(f.module.path, f.def), f]));
  const out: HostCall[] = [];
  const unknown: UnknownCallee[] = [];
  const interp = new Interp(project);
  for (const host of functions) {
    if (host.role !== 'host') continue;
    const mod = contexts.get(host.module.path);
    if (!mod) continue;
    const params = new Map(host.params.map((p) => [p.name, p]));
    const body = host.def.childForFieldName('body')!;
    const aliases = localAliases(body, new Set(params.keys()));
    const locals = localNames(body);
    for (const call of body.descendantsOfType('call')) {
      if (!call) continue;
      const fnNode = call.childForFieldName('function')!;
      if (fnNode.type !== 'identifier' && fnNode.type !== 'attribute') continue;
      if (fnNode.type === 'identifier' && params.has(fnNode.text)) continue;
      let callee;
      try {
        interp.steps = 0;
        interp.ensureModule(mod);
        const v = evalExpr(interp, fnNode, mod.globals);
        callee = v.k === 'func' ? byKey.get(functionKey(v.mod.path, v.def)) : undefined;
        // a bare name undefined (or None) statically, e.g. rebound through globals(): its L2 cannot be followed
        if ((v.k === 'unknown' || v.k === 'none') && fnNode.type === 'identifier' && !locals.has(fnNode.text)) unknown.push({ host, name: fnNode.text, site: call });
      } catch (e) {
        if (!(e instanceof BudgetExceeded)) throw e;
      }
      if (!callee || callee.role !== 'l2') continue;
      const args = callArgs(call);
      const pairs: Array<[Node, ParamInfo | undefined]> = [
        ...args.positional.map((a, i): [Node, ParamInfo | undefined] => [a, callee!.params[i]]),
        ...[...args.keywords].map(([k, a]): [Node, ParamInfo | undefined] => [a, callee!.params.find((p) => p.name === k)]),
      ];
      for (const [arg, calleeParam] of pairs) {
        const name = passedName(arg);
        const hostParam = name ? params.get(aliases.get(name) ?? name) : undefined;
        if (hostParam && calleeParam) out.push({ host, hostParam, callee, calleeParam, site: call });
      }
    }
  }
  return { calls: out, unknown };
}

/** Names a function body binds itself (assignments, loops, nested defs, imports). */
function localNames(body: Node): Set<string> {
  const out = new Set<string>();
  for (const n of body.descendantsOfType(['assignment', 'for_statement', 'function_definition', 'class_definition', 'import_from_statement', 'import_statement', 'with_item'])) {
    if (!n) continue;
    const target = n.childForFieldName('left') ?? n.childForFieldName('name') ?? n.childForFieldName('value');
    for (const id of target ? [target, ...target.descendantsOfType('identifier')] : []) if (id?.type === 'identifier') out.add(id.text);
    if (n.type.startsWith('import')) for (const id of n.descendantsOfType('identifier')) if (id) out.add(id.text);
  }
  return out;
}
