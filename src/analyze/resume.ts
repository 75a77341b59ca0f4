import type { Node } from '../parse/syntax-tree';
import { Cloner, reachableFrom } from './eval/clone';
import type { BlockHooks, Frame, Interp } from './eval/interpreter';
import type { ModuleContext } from './eval/module-context';
import type { Knowledge } from './eval/paths';
import type { Scope } from './eval/scope';
import type { SpecRecord, Value } from './eval/values';
import type { Invocation } from './link';
import { codeChildren } from './syntax';

/** A statement of a resumable block: the region's body, or the body of a function its body calls as `f()`. */
interface Position {
  /** Node id of the block. */
  block: number;
  index: number;
  /** For a function body: the statement `f()` of the region's body that called it. */
  spine?: number;
}

/** The state of a run just before the statement where its first choice was made. */
interface Snapshot {
  position: Position;
  /** Module bindings the region wrote so far. */
  globals: Map<string, Value>;
  /** The function scope of the block (undefined in a `__main__` block: its scope is the module's). */
  local?: Scope;
  returns: Value[];
  extraUncertain: number;
  steps: number;
  cells: number;
  uncertain: number;
  /** Specs noted in each open evidence frame (the calls on the way to the block). */
  evidence: Array<Map<SpecRecord, boolean>>;
  assumed: ReadonlyMap<unknown, Readonly<Knowledge>>;
  invocations: Invocation[];
  directionReads: Interp['directionReads'];
  keep: ReadonlySet<object>;
}

/**
 * Lets the paths of a harness region share the work before their first
 * choice. Every path runs the same statements up to the test where the first
 * run made its first choice; when that test sits in a statement of the
 * region's body (or of a function the body calls as `f()`), the second run
 * takes a snapshot there (the values built so far are copied, see
 * {@link Cloner}) and every later run starts from a copy of it: the calls on
 * the way to that statement are made again, the statements before it are
 * not. Anything unusual there (inside `try`, under an undecided branch, a
 * closure over a scope the snapshot cannot copy) leaves the runs as they
 * were: each from the start.
 */
export class RegionResume implements BlockHooks {
  private bodyDepth: number | undefined;
  private bodyEvidence = 0;
  /** The `f()` statement of the body being run, while it runs. */
  private spine: number | undefined;
  private last: Position | undefined;
  private wanted: Position | undefined;
  private snapshot: Snapshot | undefined;
  private resuming: Cloner | undefined;
  private run = 0;
  private invocationsFrom = 0;
  private readsFrom = 0;

  constructor(
    private readonly body: Node,
    private readonly mod: ModuleContext,
    private readonly globalsMark: { at: number },
    private readonly invocations: Invocation[],
    private readonly modules: () => ModuleContext[],
  ) {}

  /** Called before each run of the region. */
  startRun(run: number, interp: Interp): void {
    this.run = run;
    this.spine = undefined;
    this.last = undefined;
    this.invocationsFrom = this.invocations.length;
    this.readsFrom = interp.directionReads.length;
    this.resuming = undefined;
  }

  /** Called after the first run: where it made its first choice, if in a resumable statement. */
  endFirstRun(madeChoices: boolean): void {
    this.wanted = madeChoices ? this.last : undefined;
  }

  enter(interp: Interp, block: Node, scope: Scope, frame: Frame): number {
    const kind = this.kindOf(interp, block);
    if (!kind || this.run < 3 || !this.snapshot) return 0;
    const at = this.snapshot.position;
    if (kind === 'body') {
      if (this.resuming) return 0;
      this.resuming = new Cloner(this.snapshot.keep, interp.provenance);
      for (const [name, v] of this.snapshot.globals) this.mod.globals.set(name, this.resuming.value(v));
      if (at.spine !== undefined) return at.spine; // the call of the function the position is in runs again
      this.restore(interp, scope, frame);
      return at.index;
    }
    if (at.spine === undefined || block.id !== at.block || this.spine !== at.spine || !this.resuming) return 0;
    this.restore(interp, scope, frame);
    return at.index;
  }

  before(interp: Interp, block: Node, index: number, scope: Scope, frame: Frame): void {
    const kind = this.kindOf(interp, block);
    if (!kind) return;
    if (kind === 'body') this.spine = isPlainCall(codeChildren(block)[index]) ? index : undefined;
    const paths = interp.paths;
    if (!paths?.straight || interp.catchingDepth > 0 || interp.evidence.length !== this.bodyEvidence + (kind === 'body' ? 0 : 1)) return;
    const here: Position = { block: block.id, index, ...(kind === 'callee' ? { spine: this.spine } : {}) };
    if (this.run === 1) this.last = here;
    else if (this.run === 2 && this.wanted && !this.snapshot && samePosition(here, this.wanted)) this.take(interp, here, scope, frame);
  }

  /** `body` for the region's body, `callee` for the body of a function it calls as `f()`, at the depths they run at. */
  private kindOf(interp: Interp, block: Node): 'body' | 'callee' | undefined {
    if (block.id === this.body.id && block.tree === this.body.tree) {
      if (this.bodyDepth === undefined && interp.uncertain === 0 && interp.catchingDepth === 0) {
        this.bodyDepth = interp.depth;
        this.bodyEvidence = interp.evidence.length;
      }
      return interp.depth === this.bodyDepth ? 'body' : undefined;
    }
    if (this.spine === undefined || this.bodyDepth === undefined || interp.depth !== this.bodyDepth + 1) return undefined;
    return block.parent?.type === 'function_definition' ? 'callee' : undefined;
  }

  private take(interp: Interp, position: Position, scope: Scope, frame: Frame): void {
    const local = scope === this.mod.globals ? undefined : scope;
    // what module globals reach stays one object for every path, as when each run starts again
    const keep = reachableFrom(this.modules().map((m) => m.globals));
    const copy = new Cloner(keep, interp.provenance);
    const globals = new Map([...this.mod.globals.writtenSince(this.globalsMark)].map(([k, v]) => [k, copy.value(v)]));
    this.snapshot = {
      position,
      globals,
      local: local && copy.scope(local),
      returns: frame.returns.map((v) => copy.value(v)),
      extraUncertain: frame.extraUncertain,
      steps: interp.steps,
      cells: interp.cells,
      uncertain: interp.uncertain,
      evidence: interp.evidence.map((f) => copy.evidence(f.specs)),
      assumed: interp.paths!.assumptions(),
      invocations: this.invocations.slice(this.invocationsFrom).map((inv) => cloneInvocation(inv, copy)),
      directionReads: interp.directionReads.slice(this.readsFrom).map((r) => ({ ...r, spec: copy.spec(r.spec) })),
      keep,
    };
  }

  /** Puts a copy of the snapshot in place in a resumed run, at its position. */
  private restore(interp: Interp, scope: Scope, frame: Frame): void {
    const s = this.snapshot!;
    const copy = this.resuming!;
    if (s.local) {
      copy.mapScope(s.local, scope);
      for (const [name, v] of s.local.vars) scope.set(name, copy.value(v));
    }
    frame.returns.push(...s.returns.map((v) => copy.value(v)));
    frame.extraUncertain = s.extraUncertain;
    interp.steps = s.steps;
    interp.cells = s.cells;
    interp.uncertain = s.uncertain;
    s.evidence.forEach((specs, i) => {
      for (const [spec, certain] of specs) interp.evidence[i].specs.set(copy.spec(spec), certain);
    });
    interp.paths!.assumeAll(s.assumed);
    for (const inv of s.invocations) this.invocations.push(cloneInvocation(inv, copy));
    for (const r of s.directionReads) interp.directionReads.push({ ...r, spec: copy.spec(r.spec) });
    interp.runs.resumed++;
  }
}

function samePosition(a: Position, b: Position): boolean {
  return a.block === b.block && a.index === b.index && a.spine === b.spine;
}

/** `f()`: a call of a plain name with no arguments, as a statement. */
function isPlainCall(stmt: Node | undefined): boolean {
  if (stmt?.type !== 'expression_statement') return false;
  const [call] = codeChildren(stmt);
  return call?.type === 'call' && call.childForFieldName('function')?.type === 'identifier' && codeChildren(call.childForFieldName('arguments') ?? call).length === 0;
}

function cloneInvocation(inv: Invocation, copy: Cloner): Invocation {
  const out: Invocation = { ...inv, target: copy.value(inv.target), evidence: copy.evidence(inv.evidence), specs: copy.value(inv.specs) };
  if (inv.golden) out.golden = copy.value(inv.golden);
  if (inv.compare) out.compare = copy.value(inv.compare);
  delete out.path;
  return out;
}
