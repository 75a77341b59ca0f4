import type { ModuleContext } from './module-context';
import type { Value } from './values';

/**
 * A Python scope. Class scopes are skipped when functions nested in them
 * look names up, as in Python.
 */
export class Scope {
  readonly vars = new Map<string, Value>();

  constructor(
    readonly mod: ModuleContext,
    readonly kind: 'module' | 'function' | 'class',
    readonly parent?: Scope,
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
    this.vars.set(name, value);
  }
}
