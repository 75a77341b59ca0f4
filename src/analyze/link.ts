import type { Node } from 'web-tree-sitter';
import { evalExpr, getAttr } from './eval/expressions';
import { BudgetExceeded, Interp } from './eval/interpreter';
import { MAX_PATHS, PathEnd, PathExplorer } from './eval/paths';
import type { ModuleContext } from './eval/module-context';
import { Scope } from './eval/scope';
import { SpecRecord, Value, unknown } from './eval/values';
import { reachableSpecs } from '../decide/evidence';
import { CallHarness, matchHarness } from './harness/adapter';
import type { Project } from './project';
import { codeChildren, dottedName } from './syntax';

/** One evaluation of a harness call (or test-case class) and what it linked. */
export interface Invocation {
  harness: string;
  /** The harness call, or the test-case class. */
  site: { path: string; node: Node };
  /** The evaluated `fn=`/`program=` value. */
  target: Value;
  /** Every spec built or read while the specs argument was evaluated. */
  evidence: Map<SpecRecord, boolean>;
  /** The evaluated specs argument itself (for `--evidence final`). */
  specs: Value;
  /** How specs bind to params: by name (golden harnesses) or by position (PTOTestCase). */
  bindBy: 'name' | 'position';
  /** The evaluated golden function (`golden_fn=`, PTOTestCase's `compute_expected`), if any. */
  golden?: Value;
  /** The evaluated `compare_fn=` argument, if any. */
  compare?: Value;
  /** Set when the region holding the call has several paths: which one this run followed. */
  path?: PathTag;
}

/** One explored path of a harness region. */
export interface PathTag {
  /** Unique per evaluated region of a run of the tool. */
  region: number;
  run: number;
  /** The choices the path made, in words. */
  label: string;
}

let regions = 0;

/** A harness call that was never reached by evaluation, or whose run failed. */
export interface LinkProblem {
  site: { path: string; node: Node };
  why: string;
}

/** Names of base classes that make a class a pypto test case. */
const TEST_CASE_BASES = new Set(['PTOTestCase']);

/**
 * Evaluates every place of a module that can reach a harness call: the
 * `if __name__ == "__main__":` block, each top-level function containing a
 * harness call, and test-case classes. Harness calls are intercepted, never
 * executed; their specs argument is evaluated with an evidence frame open.
 */
export function linkModule(
  project: Project,
  mod: ModuleContext,
  harnesses: readonly CallHarness[],
): { invocations: Invocation[]; problems: LinkProblem[]; directionReads: Interp['directionReads'] } {
  const invocations: Invocation[] = [];
  const problems: LinkProblem[] = [];
  const sites = harnessSites(mod, harnesses);
  const reached = new Set<number>();
  const hook = (call: Node, scope: Scope, interp: Interp): Value | undefined => {
    const hit = matchHarness(call, harnesses);
    if (!hit) return undefined;
    const target = evalExpr(interp, hit.match.target, scope);
    const { value: specs, frame } = interp.withEvidence(() => evalExpr(interp, hit.match.specs, scope));
    if (call.tree === mod.parsed.tree) reached.add(call.startIndex);
    const evidence = collectEvidence(specs, frame.specs, interp);
    const golden = hit.match.golden && evalExpr(interp, hit.match.golden, scope);
    const compare = hit.match.compare && evalExpr(interp, hit.match.compare, scope);
    invocations.push({ harness: hit.harness.id, site: { path: scope.mod.path, node: call }, target, evidence, specs, bindBy: 'name', ...(golden ? { golden } : {}), ...(compare ? { compare } : {}) });
    // what the harness returns is known only when it runs; tests of it need no paths of their own
    return unknown(`result of ${hit.harness.id}()`);
  };
  const interp = new Interp(project, hook);
  const once = (node: Node, fn: () => void): boolean => {
    interp.steps = 0;
    interp.uncertain = 0;
    try {
      fn();
    } catch (e) {
      if (e instanceof PathEnd) return true;
      if (!(e instanceof BudgetExceeded)) throw e;
      problems.push({ site: { path: mod.path, node }, why: e.message });
      return false;
    }
    return true;
  };
  // each path of the region is followed on its own, so values chosen together stay together
  const guard = (node: Node, fn: () => void) => {
    const start = invocations.length;
    const globals = new Map(mod.globals.vars);
    const paths = new PathExplorer();
    const region = ++regions;
    const tags: PathTag[] = [];
    while (paths.start()) {
      if (paths.runs > MAX_PATHS) break;
      mod.globals.vars.clear();
      for (const [k, v] of globals) mod.globals.vars.set(k, v);
      const mark = invocations.length;
      interp.paths = paths;
      let ok: boolean;
      try {
        ok = once(node, fn);
      } finally {
        interp.paths = undefined;
      }
      const tag = { region, run: paths.runs, label: paths.label() };
      tags.push(tag);
      for (const inv of invocations.slice(mark)) inv.path = tag;
      paths.finish();
      if (!ok) return;
    }
    if (paths.runs > MAX_PATHS) {
      // too many paths: evaluate the region once with branches merged
      invocations.length = start;
      mod.globals.vars.clear();
      for (const [k, v] of globals) mod.globals.vars.set(k, v);
      once(node, fn);
      return;
    }
    if (tags.length === 1) for (const inv of invocations.slice(start)) delete inv.path;
  };
  if (sites.length || hasTestCaseClass(mod)) interp.ensureModule(mod);
  const root = mod.parsed.tree.rootNode;
  for (const stmt of codeChildren(root)) {
    if (stmt.type === 'if_statement' && /__name__/.test(stmt.childForFieldName('condition')?.text ?? '')) {
      if (!sites.some((s) => within(s, stmt))) continue;
      guard(stmt, () => {
        mod.globals.set('__name__', { k: 'str', v: '__main__' });
        interp.execStmt(stmt, mod.globals, { returns: [], extraUncertain: 0 });
      });
      continue;
    }
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition')! : stmt;
    if (def.type === 'function_definition' && sites.some((s) => within(s, def))) {
      const fn = mod.globals.vars.get(def.childForFieldName('name')!.text);
      if (fn?.k === 'func' && fn.def.startIndex === def.startIndex) {
        guard(def, () => void interp.callFunction(fn, { positional: [], keywords: new Map(), hasUnknownSplat: true }));
      }
    }
    if (def.type === 'class_definition') {
      guard(def, () => linkTestCase(interp, mod, def, invocations));
      if (!sites.some((s) => within(s, def))) continue;
      for (const method of def.childForFieldName('body')!.descendantsOfType('function_definition')) {
        if (!method || !sites.some((s) => within(s, method))) continue;
        const cls = mod.globals.vars.get(def.childForFieldName('name')!.text);
        const fn = cls?.k === 'class' ? cls.attrs.get(method.childForFieldName('name')!.text) : undefined;
        if (fn?.k === 'func') {
          const self: Value = cls?.k === 'class' ? { k: 'instance', cls, attrs: new Map() } : unknown('self');
          guard(method, () => void interp.callFunction(fn, { positional: [], keywords: new Map(), hasUnknownSplat: true }, self));
        }
      }
    }
  }
  for (const site of sites) {
    if (!reached.has(site.startIndex)) problems.push({ site: { path: mod.path, node: site }, why: 'harness call not reached by static evaluation' });
  }
  return { invocations, problems, directionReads: interp.directionReads };
}

/**
 * The evidence of one harness call: the specs of the list it receives first
 * (so explanations point at the spec closest to the harness), then every spec
 * built or read on the way.
 */
function collectEvidence(specs: Value, built: Map<SpecRecord, boolean>, interp: Interp): Map<SpecRecord, boolean> {
  const out = reachableSpecs(specs);
  for (const [spec, certain] of built) out.set(spec, (out.get(spec) ?? false) || certain);
  return reachableSpecs(specs, interp.provenance, out);
}

function within(inner: Node, outer: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/**
 * Calls that match a harness. The source text is searched for the callee
 * names first, so only those spots of the tree are visited.
 */
function harnessSites(mod: ModuleContext, harnesses: readonly CallHarness[]): Node[] {
  const names = harnesses.flatMap((h) => h.calleeNames);
  const re = new RegExp(`\\b(?:${names.map((n) => n.replace(/\W/g, '')).join('|')})\\s*\\(`, 'g');
  const root = mod.parsed.tree.rootNode;
  const out = new Map<number, Node>();
  for (const m of mod.parsed.source.text.matchAll(re)) {
    let node: Node | null = root.descendantForIndex(m.index!);
    while (node && node.type !== 'call') node = node.parent;
    if (node && !out.has(node.startIndex) && matchHarness(node, harnesses)) out.set(node.startIndex, node);
  }
  return [...out.values()];
}

function hasTestCaseClass(mod: ModuleContext): boolean {
  return mod.parsed.tree.rootNode.descendantsOfType('class_definition').some((c) => {
    const sup = c?.childForFieldName('superclasses');
    return !!sup && codeChildren(sup).some((b) => !!dottedName(b));
  });
}

/** A class whose base chain reaches a known test-case base. */
function isTestCase(cls: Value, seen = new Set<Value>()): boolean {
  if (seen.has(cls)) return false;
  seen.add(cls);
  if (cls.k === 'extern') return TEST_CASE_BASES.has(cls.name.slice(cls.name.lastIndexOf('.') + 1));
  if (cls.k !== 'class') return false;
  if (TEST_CASE_BASES.has(cls.name)) return false; // the base itself is not a test
  return cls.bases.some((b) => (b.k === 'class' && TEST_CASE_BASES.has(b.name)) || isTestCase(b, seen));
}

/** The class (in MRO-like order) whose body defines `name`. */
function definingClass(cls: Value & { k: 'class' }, name: string, seen = new Set<Value>()): (Value & { k: 'class' }) | undefined {
  if (seen.has(cls)) return undefined;
  seen.add(cls);
  if (cls.attrs.has(name)) return cls;
  for (const base of cls.bases) {
    if (base.k !== 'class') continue;
    const found = definingClass(base, name, seen);
    if (found) return found;
  }
  return undefined;
}

/**
 * pypto's `PTOTestCase`: `get_program()` gives the program, `define_tensors()`
 * the specs; linked per class (inherited methods included).
 */
function linkTestCase(interp: Interp, mod: ModuleContext, def: Node, out: Invocation[]): void {
  const cls = mod.globals.vars.get(def.childForFieldName('name')!.text);
  if (!cls || cls.k !== 'class' || cls.def.startIndex !== def.startIndex || !isTestCase(cls)) return;
  const self: Value = { k: 'instance', cls, attrs: new Map() };
  const noArgs = { positional: [], keywords: new Map(), hasUnknownSplat: false };
  const call = (name: string): Value => {
    const m = getAttr(interp, self, name);
    return m.k === 'func' ? interp.callFunction(m, noArgs, self) : unknown(`${cls.name}.${name} is not defined`);
  };
  // helper bases do not define get_program below the PTOTestCase base itself
  const owner = definingClass(cls, 'get_program');
  if (!owner || TEST_CASE_BASES.has(owner.name)) return;
  const program = call('get_program');
  const { value: specs, frame } = interp.withEvidence(() => call('define_tensors'));
  const evidence = collectEvidence(specs, frame.specs, interp);
  const expected = getAttr(interp, self, 'compute_expected');
  out.push({ harness: 'PTOTestCase', site: { path: mod.path, node: def }, target: program, evidence, specs, bindBy: 'position', ...(expected.k === 'func' ? { golden: expected } : {}) });
}
