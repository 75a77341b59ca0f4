import type { ModuleContext } from './module-context';
import type { Value } from './values';

/** One write to a scope while a journal is open: the name and what it held before (undefined: unbound). */
type Write = [name: string, before: Value | undefined];

/**
 * A Python scope. Class scopes are skipped when functions nested in them
 * look names up, as in Python.
 *
 * While a journal is open ({@link Scope.mark}), every write is logged so it
 * can be undone ({@link Scope.undo}): alternative branches and the paths of a
 * harness region start again from the same bindings at the cost of what they
 * wrote, not of everything the scope holds (a module scope may hold
 * thousands of names).
 */
export class Scope {
  private journal: Write[] | undefined;

  constructor(
    readonly mod: ModuleContext,
    readonly kind: 'module' | 'function' | 'class',
    readonly parent?: Scope,
    /** The bindings (a class body's are its class's attributes). */
    readonly vars = new Map<string, Value>(),
  ) {}

  /** Finds a name here or in an enclosing (non-class) scope. */
  lookup(name: string): Value | undefined {
    const own = this.vars.get(name);
    if (own !== undefined) return own;
    for (let s = this.parent; s; s = s.parent) {
      if (s.kind === 'class') continue;
      const v = s.vars.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  set(name: string, value: Value): void {
    this.journal?.push([name, this.vars.get(name)]);
    this.vars.set(name, value);
  }

  /** Opens the journal if needed and returns the point to undo to; pair with {@link Scope.release}. */
  mark(): { at: number; opened: boolean } {
    const opened = !this.journal;
    if (opened) this.journal = [];
    return { at: this.journal!.length, opened };
  }

  /**
   * The names written since `mark`, each with its value now, in the order
   * they were first written.
   */
  writtenSince(mark: { at: number }): Map<string, Value> {
    const out = new Map<string, Value>();
    const log = this.journal!;
    for (let i = mark.at; i < log.length; i++) {
      const name = log[i][0];
      if (!out.has(name)) out.set(name, this.vars.get(name)!);
    }
    return out;
  }

  /** Undoes every write since `mark` (the journal stays open). */
  undo(mark: { at: number }): void {
    const log = this.journal!;
    for (let i = log.length - 1; i >= mark.at; i--) {
      const [name, before] = log[i];
      if (before === undefined) this.vars.delete(name);
      else this.vars.set(name, before);
    }
    log.length = mark.at;
  }

  /** Closes the journal if `mark` opened it; writes made since stay. */
  release(mark: { opened: boolean }): void {
    if (mark.opened) this.journal = undefined;
  }
}
