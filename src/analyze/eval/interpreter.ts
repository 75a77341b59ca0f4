import type { Node } from '../../parse/syntax-tree';
import { codeChildren, definitionOf } from '../syntax';
import { evalExpr } from './expressions';
import type { ModuleContext } from './module-context';
import { Scope } from './scope';
import type { EvaluatedArgs } from './specs';
import { binaryOp, extendInPlace, isUnknownLike, iterate, setItem, setSpecField } from './operations';
import { PathEnd, PathExplorer, isSubject } from './paths';
import { Fact, Site, SpecRecord, TRUE, Value, oneOf, truthy, unknown } from './values';
import { MAX_CELLS, TOO_LARGE } from './limits';
import { WorkCounts } from '../../work';

/** Thrown when an evaluation exceeds its step or size budget; caught per harness run. */
export class BudgetExceeded extends Error {
  constructor(
    message: string,
    /** Where the budget ran out, when that names a better place than the region. */
    readonly at?: Site,
  ) {
    super(message);
  }
}

/**
 * The reason for a JavaScript failure that analyzed code can provoke (a
 * stack exhausted by nesting, a string or array past what V8 holds), placed
 * at the statement the evaluator was running; undefined for anything else
 * (a bug, rethrown).
 */
export function namedFailure(e: unknown, interp?: Interp): { why: string; at?: Site } | undefined {
  if (!(e instanceof RangeError)) return undefined;
  const at = interp?.site();
  if (/call stack/i.test(e.message)) return { why: 'evaluation nested too deeply', at };
  if (/invalid (string|array|typed array) length/i.test(e.message)) return { why: TOO_LARGE, at };
  return undefined;
}

/** How a statement ended. */
export type Flow = 'next' | 'break' | 'continue' | 'return' | 'raise';

/** Per-call state: return values seen so far and whether the tail is uncertain. */
export interface Frame {
  returns: Value[];
  /** Uncertainty added for the rest of the call after a branch-local return/break. */
  extraUncertain: number;
}

/** Specs seen while one harness argument was evaluated. */
export interface EvidenceFrame {
  base: number;
  /** Each spec with whether it was built/read on a path that surely runs. */
  specs: Map<SpecRecord, boolean>;
}

/** Everything a module or import lookup needs from the project. */
export interface ModuleHost {
  /** Resolves an import to a module context (parsed, not yet run), or undefined. */
  resolveImport(from: ModuleContext, dotted: string, level: number): ModuleContext | undefined;
  /** Names of classes/functions whose call builds a golden spec. */
  readonly specClassNames: ReadonlySet<string>;
  /** Where the evaluator counts its work (see `work.ts`). */
  readonly work?: WorkCounts;
}

/**
 * Watches the statements of blocks as they run: path exploration uses it to
 * resume a region's later paths after the prefix they all share.
 */
export interface BlockHooks {
  /** The statement a block starts at (0 unless a run resumes inside it). */
  enter(interp: Interp, block: Node, scope: Scope, frame: Frame): number;
  /** Called before each statement of a block runs. */
  before(interp: Interp, block: Node, index: number, scope: Scope, frame: Frame): void;
}

/** Lets harness adapters intercept calls; return a value to replace the call. */
export type CallHook = (call: Node, scope: Scope, interp: Interp) => Value | undefined;

const MAX_DEPTH = 40;
/** Call depth (from the harness region) down to which an explored path makes choices. */
const MAX_CHOICE_DEPTH = 2;
const MAX_ITERATIONS = 10_000;

/**
 * A small abstract interpreter for the Python that builds golden specs. It
 * never executes the analyzed code: it walks its syntax tree, models literal
 * data, lists, dicts, functions and classes, and answers `unknown` for
 * anything else. Branches whose condition is unknown are both explored, with
 * the work done there marked uncertain.
 */
export class Interp {
  steps = 0;
  /** Cells built or scanned (see {@link MAX_CELLS}), counted like steps. */
  cells = 0;
  /** How deeply expressions nest in the current evaluation. */
  nesting = 0;
  /** How many undecidable branches enclose the current evaluation. */
  uncertain = 0;
  depth = 0;
  readonly evidence: EvidenceFrame[] = [];
  /** Reads of `.is_output`/`.is_input` on spec values, in evaluation order. */
  readonly directionReads: Array<{ node: Node; spec: SpecRecord; path: string }> = [];
  /** Specs built or read while a call ran, keyed by the value it returned. */
  readonly provenance = new WeakMap<object, Map<SpecRecord, boolean>>();
  /** Called with every instance a class call builds (class-style harnesses link them). */
  onInstance: ((instance: Value & { k: 'instance' }, call: Node, scope: Scope) => void) | undefined;
  /** The calls of user functions being evaluated, outermost first (wrappers of a harness call). */
  readonly callers: Array<{ path: string; node: Node }> = [];
  /** Set while one path of a harness region is followed (see {@link PathExplorer}). */
  paths: PathExplorer | undefined;
  /** Set while one path of a harness region is followed, to resume it after a shared prefix. */
  blockHooks: BlockHooks | undefined;
  /** Work counts: region runs started, and those resumed after the prefix their region's paths share. */
  readonly runs = { started: 0, resumed: 0 };
  /** How many `try ... except` (or `pytest.raises`) blocks enclose the current statement. */
  private catching = 0;
  /** Counts of the work done (the host's, else this evaluator's own). */
  readonly work: WorkCounts;
  /** The statement being executed (the innermost), to place a failure. */
  private currentNode: Node | undefined;
  private currentPath = '';

  constructor(
    readonly host: ModuleHost,
    readonly hook?: CallHook,
    readonly maxSteps = 500_000,
    readonly maxCells = MAX_CELLS,
  ) {
    this.work = host.work ?? new WorkCounts();
  }

  /** Counts one evaluation step; throws {@link BudgetExceeded} past the budget. */
  tick(): void {
    this.work.evalSteps++;
    if (++this.steps > this.maxSteps) throw new BudgetExceeded('evaluation budget exceeded');
  }

  /**
   * Counts `n` cells built or scanned (items copied, entries searched);
   * throws {@link BudgetExceeded} past the budget, at the current statement.
   */
  charge(n: number): void {
    this.cells += n;
    if (this.cells > this.maxCells) throw new BudgetExceeded(`${TOO_LARGE}: over ${this.maxCells} items built or scanned in one evaluation`, this.site());
  }

  /** How many `try ... except` blocks enclose the current statement. */
  get catchingDepth(): number {
    return this.catching;
  }

  /** The statement being executed, if any. */
  site(): Site | undefined {
    return this.currentNode && { path: this.currentPath, node: this.currentNode };
  }

  /** Runs a module's top level once (not as `__main__`). */
  ensureModule(mod: ModuleContext): void {
    if (mod.state !== 'new') return;
    mod.state = 'running';
    this.work.moduleRuns++;
    const saved = { uncertain: this.uncertain, steps: this.steps, cells: this.cells, depth: this.depth, paths: this.paths, blockHooks: this.blockHooks, catching: this.catching };
    this.paths = undefined; // a module runs once, whatever path first imports it
    this.blockHooks = undefined;
    this.uncertain = 0;
    // a module's top level may hold large literal tables: it gets a budget of its own, ten times a call's
    this.steps = -9 * this.maxSteps;
    this.cells = -9 * this.maxCells;
    this.depth = 0;
    mod.globals.set('__name__', { k: 'str', v: moduleName(mod.path) });
    try {
      this.execBlock(mod.parsed.tree.rootNode, mod.globals, { returns: [], extraUncertain: 0 });
    } catch (e) {
      if (!(e instanceof BudgetExceeded)) throw e;
    } finally {
      Object.assign(this, saved);
      mod.state = 'done';
    }
  }

  /** Records a spec in every open evidence frame. */
  noteSpec(spec: SpecRecord): void {
    for (const frame of this.evidence) {
      const certain = this.uncertain <= frame.base;
      frame.specs.set(spec, (frame.specs.get(spec) ?? false) || certain);
    }
  }

  /** Evaluates `fn` with an evidence frame open; returns its value and the frame. */
  withEvidence<T>(fn: () => T): { value: T; frame: EvidenceFrame } {
    const frame: EvidenceFrame = { base: this.uncertain, specs: new Map() };
    this.evidence.push(frame);
    try {
      return { value: fn(), frame };
    } finally {
      this.evidence.splice(this.evidence.indexOf(frame), 1);
    }
  }

  /** Runs `fn` as if on a path that may not be taken. */
  maybe<T>(fn: () => T): T {
    this.uncertain++;
    try {
      return fn();
    } finally {
      this.uncertain--;
    }
  }

  execBlock(block: Node, scope: Scope, frame: Frame): Flow {
    const stmts = codeChildren(block);
    const hooks = this.blockHooks;
    for (let i = hooks ? hooks.enter(this, block, scope, frame) : 0; i < stmts.length; i++) {
      hooks?.before(this, block, i, scope, frame);
      const flow = this.execStmt(stmts[i], scope, frame);
      if (flow !== 'next') return flow;
    }
    return 'next';
  }

  execStmt(stmt: Node, scope: Scope, frame: Frame): Flow {
    this.tick();
    this.currentNode = stmt;
    this.currentPath = scope.mod.path;
    switch (stmt.type) {
      case 'expression_statement':
        for (const e of codeChildren(stmt)) this.evalStatementExpr(e, scope);
        return 'next';
      case 'return_statement': {
        const e = codeChildren(stmt)[0];
        frame.returns.push(e ? evalExpr(this, e, scope) : { k: 'none' });
        return 'return';
      }
      case 'raise_statement':
        // on an explored path, a raise that surely runs ends the path
        if (this.paths && this.uncertain === 0 && this.catching === 0) throw new PathEnd();
        return 'raise';
      case 'assert_statement': {
        // `assert test_runner.run(Case(...)).passed`: what the test builds is evaluated, the check is not
        const cond = codeChildren(stmt)[0];
        if (cond) evalExpr(this, cond, scope);
        return 'next';
      }
      case 'pass_statement':
      case 'global_statement':
      case 'nonlocal_statement':
      case 'delete_statement':
      case 'print_statement':
      case 'type_alias_statement':
        return 'next';
      case 'break_statement':
        return 'break';
      case 'continue_statement':
        return 'continue';
      case 'function_definition':
      case 'class_definition':
      case 'decorated_definition':
        this.define(definitionOf(stmt), scope);
        return 'next';
      case 'import_statement':
      case 'import_from_statement':
      case 'future_import_statement':
        this.importStmt(stmt, scope);
        return 'next';
      case 'if_statement':
        return this.ifStmt(stmt, scope, frame);
      case 'for_statement':
        return this.forStmt(stmt, scope, frame);
      case 'while_statement':
        return this.branches(scope, frame, [stmt.childForFieldName('body')!], true);
      case 'with_statement': {
        const catches = /\b(raises|suppress)\s*\(/.test(codeChildren(stmt).find((c) => c.type === 'with_clause')?.text ?? '');
        return this.catchingIf(catches, () => this.execBlock(stmt.childForFieldName('body')!, scope, frame));
      }
      case 'try_statement': {
        const body = stmt.childForFieldName('body')!;
        const catches = codeChildren(stmt).some((c) => c.type === 'except_clause' || c.type === 'except_group_clause');
        const flow = this.catchingIf(catches, () => this.execBlock(body, scope, frame));
        const fin = codeChildren(stmt).find((c) => c.type === 'finally_clause');
        const els = codeChildren(stmt).find((c) => c.type === 'else_clause');
        if (flow === 'next' && els) {
          const f = this.execBlock(els.childForFieldName('body') ?? codeChildren(els).at(-1)!, scope, frame);
          if (f !== 'next') return f;
        }
        if (fin) this.execBlock(codeChildren(fin).at(-1)!, scope, frame);
        return flow;
      }
      case 'match_statement':
        return this.branches(scope, frame, stmt.descendantsOfType('block').filter((b) => b.parent?.type === 'case_clause'), true);
      default:
        return 'next';
    }
  }

  private evalStatementExpr(e: Node, scope: Scope): void {
    if (e.type === 'assignment') this.assignStmt(e, scope);
    else if (e.type === 'augmented_assignment') this.augAssign(e, scope);
    else evalExpr(this, e, scope);
  }

  private assignStmt(node: Node, scope: Scope): void {
    const right = node.childForFieldName('right');
    const left = node.childForFieldName('left')!;
    if (!right) return; // annotation only
    let value: Value;
    if (right.type === 'assignment') {
      this.assignStmt(right, scope); // a = b = v: evaluate once, bind both
      value = evalExpr(this, right.childForFieldName('left')!, scope);
    } else {
      value = evalExpr(this, right, scope);
    }
    this.bind(left, value, scope);
  }

  private augAssign(node: Node, scope: Scope): void {
    const left = node.childForFieldName('left')!;
    const op = node.childForFieldName('operator')!.text.slice(0, -1);
    const cur = evalExpr(this, left, scope);
    const rhs = evalExpr(this, node.childForFieldName('right')!, scope);
    if (op === '+' && cur.k === 'seq' && !cur.tuple) {
      extendInPlace(this, cur, rhs); // list += iterable mutates in place
      return;
    }
    this.bind(left, binaryOp(this, op, cur, rhs, { path: scope.mod.path, node }), scope);
  }

  /** Binds a value to an assignment target (names, unpacking, attributes, items). */
  bind(target: Node, value: Value, scope: Scope): void {
    switch (target.type) {
      case 'identifier':
        scope.set(target.text, value);
        return;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'expression_list':
      case 'tuple':
      case 'list': {
        const targets = codeChildren(target);
        const star = targets.findIndex((t) => t.type === 'list_splat_pattern' || t.type === 'list_splat');
        if (value.k === 'oneOf' && star < 0) {
          // `specs, ctx = build()` where build returns one of several tuples: unpack each, keep the union
          const opts = value.options;
          if (opts.every((o) => o.k === 'seq' && !o.inexact && o.items.length === targets.length)) {
            targets.forEach((t, i) => this.bind(t, oneOf(opts.map((o) => (o as Value & { k: 'seq' }).items[i])), scope));
            return;
          }
        }
        const items = value.k === 'seq' && !value.inexact ? value.items : undefined;
        if (!items || (star < 0 && items.length !== targets.length)) {
          const why = isUnknownLike(value) ? value : unknown(`cannot unpack ${value.k}`);
          for (const t of targets) this.bind(t.type.startsWith('list_splat') ? codeChildren(t)[0] : t, why, scope);
          return;
        }
        if (star < 0) {
          targets.forEach((t, i) => this.bind(t, items[i], scope));
          return;
        }
        const after = targets.length - star - 1;
        targets.slice(0, star).forEach((t, i) => this.bind(t, items[i], scope));
        this.charge(items.length);
        this.bind(codeChildren(targets[star])[0], { k: 'seq', tuple: false, items: items.slice(star, items.length - after) }, scope);
        targets.slice(star + 1).forEach((t, i) => this.bind(t, items[items.length - after + i], scope));
        return;
      }
      case 'parenthesized_expression':
        this.bind(codeChildren(target)[0], value, scope);
        return;
      case 'attribute': {
        const obj = evalExpr(this, target.childForFieldName('object')!, scope);
        const name = target.childForFieldName('attribute')!.text;
        if (obj.k === 'instance' || obj.k === 'class') obj.attrs.set(name, value);
        else if (obj.k === 'spec') setSpecField(this, obj.spec, name, value);
        else if (obj.k === 'oneOf') {
          // which object is meant depends on a branch: each may or may not change
          for (const o of obj.options) if (o.k === 'spec') this.maybe(() => setSpecField(this, o.spec, name, value));
        }
        return;
      }
      case 'subscript': {
        const obj = evalExpr(this, target.childForFieldName('value')!, scope);
        const key = evalExpr(this, target.childForFieldName('subscript')!, scope);
        if (obj.k === 'dict') setItem(this, obj, key, value);
        else if (obj.k === 'seq' && key.k === 'num' && !obj.inexact) {
          const i = key.v < 0 ? obj.items.length + key.v : key.v;
          if (i >= 0 && i < obj.items.length) obj.items[i] = this.uncertain ? oneOf([obj.items[i], value]) : value;
        } else if (obj.k === 'seq') obj.inexact = true;
        return;
      }
      default:
        return;
    }
  }

  private define(def: Node, scope: Scope): void {
    const name = def.childForFieldName('name')!.text;
    if (def.type === 'function_definition') {
      scope.set(name, { k: 'func', def, mod: scope.mod, closure: scope, name });
      return;
    }
    const bases = codeChildren(def.childForFieldName('superclasses') ?? def)
      .filter((b) => b.type !== 'keyword_argument' && def.childForFieldName('superclasses'))
      .map((b) => evalExpr(this, b, scope));
    const body = new Scope(scope.mod, 'class', scope);
    const cls: Value & { k: 'class' } = { k: 'class', def, mod: scope.mod, name, attrs: body.vars, bases };
    scope.set(name, cls);
    this.execBlock(def.childForFieldName('body')!, body, { returns: [], extraUncertain: 0 });
  }

  private importStmt(stmt: Node, scope: Scope): void {
    if (stmt.type === 'future_import_statement') return;
    if (stmt.type === 'import_statement') {
      for (const item of codeChildren(stmt)) {
        if (item.type === 'aliased_import') {
          const dotted = item.childForFieldName('name')!.text;
          scope.set(item.childForFieldName('alias')!.text, this.moduleValue(scope.mod, dotted, 0));
        } else {
          const head = item.text.split('.')[0];
          scope.set(head, this.moduleValue(scope.mod, head, 0));
        }
      }
      return;
    }
    const modNode = stmt.childForFieldName('module_name')!;
    let level = 0;
    let dotted = modNode.text;
    if (modNode.type === 'relative_import') {
      const prefix = codeChildren(modNode).find((c) => c.type === 'import_prefix');
      level = prefix ? prefix.text.length : 0;
      dotted = codeChildren(modNode).find((c) => c.type === 'dotted_name')?.text ?? '';
    }
    const source = this.host.resolveImport(scope.mod, dotted, level);
    if (codeChildren(stmt).some((c) => c.type === 'wildcard_import')) {
      if (source) {
        this.ensureModule(source);
        for (const [k, v] of source.globals.vars) if (!k.startsWith('_')) scope.set(k, v);
      }
      return;
    }
    for (const item of stmt.childrenForFieldName('name')) {
      const nameNode = item.type === 'aliased_import' ? item.childForFieldName('name')! : item;
      const local = item.type === 'aliased_import' ? item.childForFieldName('alias')!.text : nameNode.text;
      const name = nameNode.text;
      if (!source) {
        scope.set(local, { k: 'extern', name: dotted ? `${dotted}.${name}` : name });
        continue;
      }
      this.ensureModule(source);
      const v = source.globals.vars.get(name);
      if (v !== undefined) scope.set(local, v);
      else {
        const sub = this.host.resolveImport(source, name, 1);
        scope.set(local, sub ? { k: 'module', mod: sub } : unknown(`${name} is not defined in ${source.path}`));
      }
    }
  }

  /** The value of `import dotted`: an analyzed module, or an external name. */
  moduleValue(from: ModuleContext, dotted: string, level: number): Value {
    const mod = this.host.resolveImport(from, dotted, level);
    return mod ? { k: 'module', mod } : { k: 'extern', name: dotted };
  }

  private ifStmt(stmt: Node, scope: Scope, frame: Frame): Flow {
    const arms: Array<{ cond?: Node; body: Node }> = [
      { cond: stmt.childForFieldName('condition')!, body: stmt.childForFieldName('consequence')! },
    ];
    for (const alt of stmt.childrenForFieldName('alternative')) {
      arms.push({ cond: alt.childForFieldName('condition') ?? undefined, body: alt.childForFieldName('body') ?? codeChildren(alt).at(-1)! });
    }
    const candidates: Node[] = [];
    let exhaustive = false;
    for (const arm of arms) {
      const cond = arm.cond;
      // an arm that surely raises needs no path of its own: merged, it already leaves what follows certain
      const raises = surelyRaises(arm.body);
      const choose = candidates.length === 0 && !raises;
      const v = cond ? this.maybeIf(candidates.length > 0, () => evalExpr(this, cond, scope)) : TRUE;
      let t = cond ? this.maybeIf(candidates.length > 0, () => this.truth(v, cond.text, choose)) : true;
      if (t === undefined && isGuard(arm.body) && candidates.length === 0 && this.paths && this.uncertain === 0 && this.catching === 0) {
        // a guard clause: every path that goes on has its test false (`if mode not in (...): raise`)
        const fact = this.factFor(v, cond!.text);
        if (fact) {
          this.paths.assume(fact, false);
          t = false;
        }
      }
      if (t === false) continue;
      candidates.push(arm.body);
      if (t === true) {
        exhaustive = true;
        break;
      }
    }
    if (candidates.length === 1 && exhaustive) return this.execBlock(candidates[0], scope, frame);
    return this.branches(scope, frame, candidates, !exhaustive);
  }

  private catchingIf<T>(cond: boolean, fn: () => T): T {
    if (!cond) return fn();
    this.catching++;
    try {
      return fn();
    } finally {
      this.catching--;
    }
  }

  /** The fact an undecided condition tests, if it is about a run-time value. */
  factFor(v: Value, text: string): Fact | undefined {
    if (v.k === 'unknown' && v.fact) return v.fact;
    return isSubject(v) ? { subject: v, test: 'truthy', values: [], negated: false, text } : undefined;
  }

  /**
   * The truth of a condition; on an explored path an undecided test of a
   * run-time value is decided by the path (with `choose`, a new choice may be made).
   */
  truth(v: Value, text: string, choose: boolean): boolean | undefined {
    const t = truthy(v);
    if (t !== undefined || !this.paths) return t;
    const fact = this.factFor(v, text);
    if (!fact) return undefined;
    // new choices only in the region and the builders it calls: deeper tests stay merged
    return choose && this.depth <= MAX_CHOICE_DEPTH ? this.paths.decide(fact) : this.paths.evaluate(fact);
  }

  private maybeIf<T>(cond: boolean, fn: () => T): T {
    return cond ? this.maybe(fn) : fn();
  }

  /**
   * Runs alternative blocks of which at most one runs (or, with `orNone`,
   * possibly none), then merges the variables they leave behind.
   */
  private branches(scope: Scope, frame: Frame, blocks: Node[], orNone: boolean): Flow {
    // each alternative starts from the bindings before it; what each wrote is kept apart, then merged
    const mark = scope.mark();
    const survivors: Array<Map<string, Value>> = orNone ? [new Map()] : [];
    const flows: Flow[] = [];
    try {
      for (const block of blocks) {
        const flow = this.maybe(() => this.execBlock(block, scope, frame));
        flows.push(flow);
        if (flow === 'next' || flow === 'continue') survivors.push(scope.writtenSince(mark));
        scope.undo(mark);
      }
    } finally {
      scope.release(mark);
    }
    if (survivors.length === 0) return orNone ? 'next' : flows.every((f) => f === 'return' || f === 'raise') ? 'return' : flows[0];
    const names = new Set(survivors.flatMap((m) => [...m.keys()]));
    for (const name of names) {
      const values = survivors.map((m) => m.get(name) ?? scope.vars.get(name) ?? unknown(`${name} may be unbound`));
      scope.set(name, values.every((v) => v === values[0]) ? values[0] : oneOf(values));
    }
    // A branch that raises aborts the whole run, so it does not make what follows conditional.
    const continuing = flows.filter((f) => f !== 'raise').length + (orNone ? 1 : 0);
    if (survivors.length < continuing) {
      frame.extraUncertain++; // some path returned or broke out early: what follows may not run
      this.uncertain++;
    }
    return 'next';
  }

  private forStmt(stmt: Node, scope: Scope, frame: Frame): Flow {
    const iterable = evalExpr(this, stmt.childForFieldName('right')!, scope);
    const target = stmt.childForFieldName('left')!;
    const body = stmt.childForFieldName('body')!;
    const items = iterate(iterable, this);
    if (!items) {
      // an item of a run-time collection (`for mode in args.modes`) is itself a run-time value
      const item: Value =
        iterable.k === 'opaque' ? { k: 'opaque', why: `item of ${iterable.why}` }
        : iterable.k === 'unknown' && iterable.input ? { k: 'unknown', why: `item of ${iterable.why}`, input: true }
        : isUnknownLike(iterable) ? iterable : unknown(`cannot iterate ${iterable.k}`);
      this.bind(target, item, scope);
      return this.branches(scope, frame, [body], true);
    }
    let count = 0;
    for (const item of items.values) {
      if (++count > MAX_ITERATIONS) throw new BudgetExceeded('loop too long');
      this.bind(target, item, scope);
      const flow = items.exact ? this.execBlock(body, scope, frame) : this.maybe(() => this.execBlock(body, scope, frame));
      if (flow === 'break') return 'next';
      if (flow === 'return' || flow === 'raise') return flow;
    }
    return 'next';
  }

  private runBody(fn: Value & { k: 'func' | 'lambda' }, scope: Scope): Value {
    if (fn.k === 'lambda') return evalExpr(this, fn.node.childForFieldName('body')!, scope);
    const frame: Frame = { returns: [], extraUncertain: 0 };
    const flow = this.execBlock(fn.def.childForFieldName('body')!, scope, frame);
    if (flow === 'raise' && frame.returns.length === 0) return unknown(`${fn.name}() raises`);
    if (flow === 'next' || flow === 'break' || flow === 'continue') frame.returns.push({ k: 'none' });
    if (isGenerator(fn.def)) return unknown(`${fn.name}() is a generator`);
    return oneOf(frame.returns);
  }

  /** Calls a user-defined function or lambda with evaluated arguments. */
  callFunction(fn: Value & { k: 'func' | 'lambda' }, args: EvaluatedArgs, self?: Value): Value {
    if (this.depth >= MAX_DEPTH) return unknown('call depth limit reached');
    const params = fn.k === 'func' ? fn.def.childForFieldName('parameters')! : fn.node.childForFieldName('parameters');
    const scope = new Scope(fn.mod, 'function', fn.closure);
    const positional = self ? [self, ...args.positional] : args.positional;
    if (params) bindParams(this, params, scope, positional, args.keywords, args.hasUnknownSplat);
    this.depth++;
    const saved = this.uncertain;
    try {
      const { value, frame: seen } = this.withEvidence(() => this.runBody(fn, scope));
      if (seen.specs.size) {
        // the value remembers the specs that went into it (`specs = build(); run(specs=specs)`)
        this.provenance.set(value, seen.specs);
        if (value.k === 'seq') for (const item of value.items) if (!this.provenance.has(item)) this.provenance.set(item, seen.specs);
      }
      return value;
    } finally {
      this.uncertain = saved;
      this.depth--;
    }
  }
}

/** Binds call arguments to a parameter list in a new scope. */
function bindParams(interp: Interp, params: Node, scope: Scope, positional: Value[], keywords: Map<string, Value>, splat: boolean): void {
  let i = 0;
  let keywordOnly = false;
  const used = new Set<string>();
  for (const p of codeChildren(params)) {
    if (p.type === 'keyword_separator') {
      keywordOnly = true;
      continue;
    }
    if (p.type === 'positional_separator') continue;
    if (p.type === 'list_splat_pattern') {
      scope.set(codeChildren(p)[0]?.text ?? '_', { k: 'seq', tuple: true, items: positional.slice(i), inexact: splat });
      i = positional.length;
      keywordOnly = true;
      continue;
    }
    if (p.type === 'dictionary_splat_pattern') {
      const rest = [...keywords].filter(([k]) => !used.has(k)).map(([k, v]): [Value, Value] => [{ k: 'str', v: k }, v]);
      scope.set(codeChildren(p)[0]?.text ?? '_', { k: 'dict', entries: rest, inexact: splat });
      continue;
    }
    const nameNode = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? codeChildren(p)[0]);
    const name = nameNode.text;
    used.add(name);
    let v: Value | undefined;
    if (!keywordOnly && i < positional.length) v = positional[i++];
    else if (keywords.has(name)) v = keywords.get(name);
    else if (splat) v = { k: 'unknown', why: `argument ${name} may come from *args/**kwargs`, input: true };
    else {
      const def = p.childForFieldName('value');
      v = def ? evalExpr(interp, def, scope.parent ?? scope) : unknown(`argument ${name} not given`);
    }
    scope.set(name, v!);
  }
}

/** Whether a block ends in a `raise`. */
function surelyRaises(block: Node): boolean {
  return codeChildren(block).at(-1)?.type === 'raise_statement';
}

/** A guard clause: a `raise`, at most after printing why (no work that a path could need). */
function isGuard(block: Node): boolean {
  const stmts = codeChildren(block);
  return surelyRaises(block) && stmts.slice(0, -1).every((s) => s.type === 'expression_statement' && /^(print|logger\.\w+|logging\.\w+|warnings\.warn)\s*\(/.test(s.text));
}

const generatorCache = new WeakMap<object, Map<number, boolean>>();

/** Whether a function body yields (looked up once per definition). */
function isGenerator(def: Node): boolean {
  let byId = generatorCache.get(def.tree);
  if (!byId) generatorCache.set(def.tree, (byId = new Map()));
  let hit = byId.get(def.id);
  if (hit === undefined) byId.set(def.id, (hit = scanForYield(def)));
  return hit;
}

function scanForYield(def: Node): boolean {
  const body = def.childForFieldName('body');
  if (!body) return false;
  const stack = [...codeChildren(body)];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'yield') return true;
    if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition') continue;
    for (const c of codeChildren(n)) stack.push(c);
  }
  return false;
}

function moduleName(path: string): string {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? path;
  return base.replace(/\.py$/, '');
}

