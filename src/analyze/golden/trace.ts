import type { Node, SyntaxTree } from '../../parse/syntax-tree';
import type { Scope } from '../eval/scope';
import type { Value } from '../eval/values';
import { ClosureReads, closureValue, identity } from './bindings';

/** Binds the names of an import statement met in a golden function (resolved, never run). */
export type ImportResolver = (path: string, stmt: Node) => Map<string, Value>;

/**
 * How the reader reached a scope it looked names up in, from the reading's
 * own inputs: a golden option's closure, the closure of the function an
 * earlier lookup found, or that of a function an import statement bound.
 * Another run of the same code reaches its own scope the same way.
 */
export type ScopeRef = { option: number } | { read: number } | { imported: number; name: string };

/** One value the reader took from evaluated code, described as the reader sees it. */
export type TraceEvent = { kind: 'lookup'; scope?: ScopeRef; name: string; found: string } | { kind: 'import'; path: string; stmt: Node; found: string };

/**
 * Everything a golden reading took from evaluated values, in order: each name
 * looked up (where, and what it found) and each import statement resolved
 * (the functions it bound). Everything else the reader reads is syntax, of
 * the trees listed. A reading is a pure function of these: another run in
 * which the same lookups find the same (see {@link traceHolds}), over the
 * same trees, reads the same.
 */
export interface ReadTrace {
  events: TraceEvent[];
  /** The trees whose syntax the reading read (its options' and the helpers' it followed); it holds their nodes. */
  trees: Set<SyntaxTree>;
}

/**
 * Describes values as the reader uses them: a string, a list of strings, a
 * function (its definition node, module and closure), or nothing it uses.
 * A function or closure met again is named by when it was first met, so a
 * description also says which values are the same object (the reader
 * compares functions by identity).
 */
class Describer {
  private readonly met = new Map<object, number>();

  private label(o: object): string | undefined {
    const at = this.met.get(o);
    if (at !== undefined) return `=${at}`;
    this.met.set(o, this.met.size);
    return undefined;
  }

  value(v: Value | undefined): string {
    if (v?.k !== 'func') return closureValue(v);
    const again = this.label(v);
    if (again) return again;
    const closure = v.closure ? (this.label(v.closure) ?? `c${this.met.size - 1}`) : 'none';
    return `f${identity(v.def)}:${v.mod.path}:${closure}`;
  }

  /** The functions an import statement bound, by name. */
  bound(m: Map<string, Value>): string {
    const out: string[] = [];
    for (const [name, v] of m) if (v.k === 'func') out.push(`${name}=${this.value(v)}`);
    return out.join(',');
  }
}

/** Records a reading's {@link ReadTrace} as the reader goes. */
export class TraceRecorder {
  readonly trace: ReadTrace = { events: [], trees: new Set() };
  private readonly describer = new Describer();
  /** How each function value met was first reached (its closure is reached the same way in another run). */
  private readonly routes = new Map<Value, ScopeRef>();

  /** Records a lookup of `name` in the scope reached by `scope` that found `v`. */
  lookup(scope: ScopeRef | undefined, name: string, v: Value | undefined): void {
    const at = this.trace.events.length;
    this.trace.events.push({ kind: 'lookup', ...(scope ? { scope } : {}), name, found: this.describer.value(v) });
    if (v?.k === 'func' && !this.routes.has(v)) this.routes.set(v, { read: at });
  }

  /** Records an import statement of `path` resolved to `bound`. */
  imported(path: string, stmt: Node, bound: Map<string, Value>): void {
    const at = this.trace.events.length;
    this.trace.events.push({ kind: 'import', path, stmt, found: this.describer.bound(bound) });
    for (const [name, v] of bound) if (v.k === 'func' && !this.routes.has(v)) this.routes.set(v, { imported: at, name });
  }

  /** How a function value the reading met was reached. */
  routeOf(v: Value): ScopeRef | undefined {
    return this.routes.get(v);
  }
}

/**
 * Whether a trace holds for these golden options in this run: each lookup,
 * made again in the scope reached the same way, finds what it found, and
 * each import statement binds the same functions. Returns the lookups in
 * the options' own closures as a fresh reading records them (for the
 * analysis's memo), or undefined when the trace does not hold.
 */
export function traceHolds(trace: ReadTrace, options: Value[], imports?: ImportResolver): ClosureReads | undefined {
  const scopes = options.map((o) => (o.k === 'func' || o.k === 'lambda' ? o.closure : undefined));
  const closures: ClosureReads = { scopes, reads: [] };
  const describer = new Describer();
  const found: Array<Value | undefined> = [];
  const bound: Array<Map<string, Value> | undefined> = [];
  const scopeOf = (ref: ScopeRef): Scope | undefined => {
    if ('option' in ref) return scopes[ref.option];
    const v = 'read' in ref ? found[ref.read] : bound[ref.imported]?.get(ref.name);
    return v?.k === 'func' ? v.closure : undefined;
  };
  for (const e of trace.events) {
    if (e.kind === 'lookup') {
      const scope = e.scope && scopeOf(e.scope);
      const v = scope?.lookup(e.name);
      if (describer.value(v) !== e.found) return undefined;
      found.push(v);
      bound.push(undefined);
      const option = scope ? scopes.indexOf(scope) : -1;
      if (option >= 0) closures.reads.push({ option, name: e.name, found: closureValue(v) });
    } else {
      const m = imports?.(e.path, e.stmt) ?? new Map<string, Value>();
      if (describer.bound(m) !== e.found) return undefined;
      found.push(undefined);
      bound.push(m);
    }
  }
  return closures;
}
