import type { Node } from '../parse/syntax-tree';
import type { ParsedModule } from '../parse/module';
import { Direction } from '../model';
import { PyptoSymbols, pyptoMember } from './pypto-symbols';
import { callArgs, codeChildren, decoratorsOf, dottedName, unparen } from './syntax';

/**
 * How a function is seen by pypto: an L2 orchestration entry (`@pl.jit`,
 * Orchestration/Opaque program methods), an L3 host driver (`@pl.jit.host`,
 * host-level program functions), an inline kernel (`@pl.jit.inline`, never
 * edited, only reported), or not a pypto function at all.
 */
export type FunctionRole = 'l2' | 'host' | 'inline' | 'kernel' | 'none';

/** What the annotation of a param says. */
export interface ParamInfo {
  name: string;
  node: Node;
  /** The annotation expression, if any. */
  annotation?: Node;
  direction: Direction;
  /** The `X.Out[...]` / `Out[...]` subscript when wrapped. */
  wrapper?: { node: Node; nameNode: Node; inner: Node };
  /** 'tensor' for `X.Tensor[...]`, 'scalar' for `X.Scalar[...]`, else 'other'. */
  typeKind: 'tensor' | 'scalar' | 'other' | 'none';
  /** `# pypto-direction: ignore` on the param's line. */
  suppressed: boolean;
  line: number;
}

/** A function pypto treats specially. */
export interface PyptoFunction {
  role: FunctionRole;
  name: string;
  def: Node;
  /** The enclosing `@pl.program` class, for program methods. */
  programClass?: Node;
  params: ParamInfo[];
  module: ParsedModule;
}

const SUPPRESS = /#\s*pypto-direction:\s*ignore\b/;
const KERNEL_JIT = new Set(['jit.incore', 'jit.opaque', 'jit.extern']);

/** The role given by a function's decorators (and its class's). */
export function roleOf(def: Node, symbols: PyptoSymbols): { role: FunctionRole; programClass?: Node } {
  for (const deco of decoratorsOf(def)) {
    const target = deco.type === 'call' ? deco.childForFieldName('function')! : deco;
    const member = pyptoMember(target, symbols);
    if (!member) continue;
    if (member === 'jit') return { role: 'l2' };
    if (member === 'jit.host') return { role: 'host' };
    if (member === 'jit.inline') return { role: 'inline' };
    if (KERNEL_JIT.has(member)) return { role: 'kernel' };
    if (member === 'function') {
      const cls = enclosingProgram(def, symbols);
      if (!cls) return { role: 'kernel' };
      return { role: functionRole(deco, symbols), programClass: cls };
    }
  }
  return { role: 'none' };
}

function functionRole(deco: Node, symbols: PyptoSymbols): FunctionRole {
  if (deco.type !== 'call') return 'kernel'; // default type is a kernel (InCore)
  const { keywords } = callArgs(deco);
  const type = pyptoMember(keywords.get('type'), symbols);
  if (type === 'FunctionType.Orchestration' || type === 'FunctionType.Opaque') return 'l2';
  const level = pyptoMember(keywords.get('level'), symbols);
  const role = pyptoMember(keywords.get('role'), symbols);
  if (level === 'Level.HOST' && role === 'Role.Orchestrator') return 'host';
  return 'kernel';
}

function enclosingProgram(def: Node, symbols: PyptoSymbols): Node | undefined {
  const body = def.parent?.type === 'decorated_definition' ? def.parent.parent : def.parent;
  const cls = body?.parent;
  if (!cls || cls.type !== 'class_definition') return undefined;
  const isProgram = decoratorsOf(cls).some((d) => pyptoMember(d.type === 'call' ? d.childForFieldName('function') : d, symbols) === 'program');
  return isProgram ? cls : undefined;
}

/** Reads a param's annotation: its direction wrapper and the type inside. */
export function paramInfo(param: Node, lines: string[]): ParamInfo | undefined {
  let nameNode: Node | null = null;
  let annotation: Node | undefined;
  switch (param.type) {
    case 'identifier':
      nameNode = param;
      break;
    case 'typed_parameter':
    case 'typed_default_parameter':
      nameNode = param.type === 'typed_parameter' ? codeChildren(param)[0] : param.childForFieldName('name');
      annotation = param.childForFieldName('type') ? codeChildren(param.childForFieldName('type')!)[0] : undefined;
      break;
    case 'default_parameter':
      nameNode = param.childForFieldName('name');
      break;
    default:
      return undefined; // *args, **kwargs, separators
  }
  if (!nameNode || nameNode.type !== 'identifier') return undefined;
  const first = param.startPosition.row;
  const last = param.endPosition.row;
  const suppressed = SUPPRESS.test(lines[first] ?? '') || SUPPRESS.test(lines[last] ?? '');
  const info: ParamInfo = { name: nameNode.text, node: param, annotation, direction: 'In', typeKind: 'none', suppressed, line: first + 1 };
  if (!annotation) return info;
  let inner = unparen(annotation);
  const parts = subscriptParts(inner);
  if (parts) {
    const head = dottedName(parts.head);
    const last = head?.slice(head.lastIndexOf('.') + 1);
    if ((last === 'Out' || last === 'InOut') && parts.args.length === 1) {
      const nameNode = parts.head.type === 'attribute' ? parts.head.childForFieldName('attribute')! : parts.head;
      info.direction = last;
      info.wrapper = { node: inner, nameNode, inner: parts.args[0] };
      inner = unparen(parts.args[0]);
    }
  }
  info.typeKind = typeKindOf(inner);
  return info;
}

/**
 * `X[a, b]` as head and arguments. tree-sitter reads `pl.Out[...]` as a
 * subscript but a bare `Out[...]` in an annotation as a generic type.
 */
export function subscriptParts(node: Node): { head: Node; args: Node[] } | undefined {
  if (node.type === 'subscript') return { head: node.childForFieldName('value')!, args: node.childrenForFieldName('subscript') };
  if (node.type === 'generic_type') {
    const [head, params] = codeChildren(node);
    if (!head || params?.type !== 'type_parameter') return undefined;
    return { head, args: codeChildren(params).map((t) => (t.type === 'type' ? codeChildren(t)[0] ?? t : t)) };
  }
  return undefined;
}

function typeKindOf(node: Node): ParamInfo['typeKind'] {
  const base = subscriptParts(node)?.head ?? node;
  const name = dottedName(base);
  const last = name?.slice(name.lastIndexOf('.') + 1);
  if (last === 'Tensor') return 'tensor';
  if (last === 'Scalar') return 'scalar';
  return 'other';
}

const found = new WeakMap<ParsedModule, readonly PyptoFunction[]>();

/**
 * {@link findFunctions} with the module's own symbols (`pyptoSymbols` of its
 * tree), remembered per parse: a pure function of its syntax, asked again by
 * every run of a language server's session, which keeps the parses. The
 * functions are shared between runs: nothing may change them.
 */
export function functionsOf(module: ParsedModule, ownSymbols: PyptoSymbols): readonly PyptoFunction[] {
  let fns = found.get(module);
  if (!fns) found.set(module, (fns = findFunctions(module, ownSymbols)));
  return fns;
}

/** All pypto functions of a module with their role and params. */
export function findFunctions(module: ParsedModule, symbols: PyptoSymbols): PyptoFunction[] {
  const out: PyptoFunction[] = [];
  if (symbols.moduleAliases.size === 0 && symbols.members.size === 0) return out;
  const lines = module.source.text.split('\n');
  // every pypto function is decorated: visit only the definitions under an `@` line
  const seen = new Set<number>();
  const root = module.tree.rootNode;
  for (const m of module.source.text.matchAll(/^[ \t]*@/gm)) {
    let deco: Node | null = root.descendantForIndex(m.index! + m[0].length - 1);
    while (deco && deco.type !== 'decorated_definition') deco = deco.parent;
    const def = deco?.childForFieldName('definition');
    if (!def || def.type !== 'function_definition' || seen.has(def.startIndex)) continue;
    seen.add(def.startIndex);
    const { role, programClass } = roleOf(def, symbols);
    if (role === 'none') continue;
    const params = codeChildren(def.childForFieldName('parameters')!)
      .map((p) => paramInfo(p, lines))
      .filter((p): p is ParamInfo => !!p);
    if (programClass && params[0]?.name === 'self') params.shift();
    out.push({ role, name: def.childForFieldName('name')!.text, def, programClass, params, module });
  }
  return out;
}
