import type { Scope } from '../eval/scope';
import type { Value } from '../eval/values';

/** Bindings that can print what a name is bound to. */
interface Shown {
  shown(name: string): string;
}

/**
 * What a reading of a loop body saw of the names bound outside it: a
 * second reading of the body gives the same events if every binding it
 * read before writing it still holds what the first reading saw there.
 */
export class Watch {
  /** Per bindings map and name: what the first access saw, or null when it was a write. */
  private readonly first = new Map<Shown, Map<string, string | null>>();

  /** An access to `name` in `b` (before it happens). */
  note(b: Shown, name: string, write: boolean): void {
    let names = this.first.get(b);
    if (!names) this.first.set(b, (names = new Map()));
    if (!names.has(name)) names.set(name, write ? null : b.shown(name));
  }

  /** Whether a second reading of the body would see what the first one saw. */
  unchanged(): boolean {
    for (const [b, names] of this.first) {
      for (const [name, seen] of names) if (seen !== null && b.shown(name) !== seen) return false;
    }
    return true;
  }
}

/**
 * Names bound while reading a golden function (aliases, dicts, strings, ...):
 * a map that tells the loop bodies being read (`watches`) which names they
 * read before writing and what they saw, as `show` prints it (contents, not
 * identity: dicts are changed in place).
 */
export class Bindings<V> implements Shown {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly watches: Watch[],
    private readonly show: (v: V) => string,
  ) {}

  private touch(name: string, write: boolean): void {
    for (const w of this.watches) w.note(this, name, write);
  }

  /** How the current binding of `name` prints ('' when unbound). */
  shown(name: string): string {
    const v = this.map.get(name);
    return v === undefined ? '' : `=${this.show(v)}`;
  }

  get(name: string): V | undefined {
    if (this.watches.length) this.touch(name, false);
    return this.map.get(name);
  }

  has(name: string): boolean {
    if (this.watches.length) this.touch(name, false);
    return this.map.has(name);
  }

  set(name: string, v: V): void {
    if (this.watches.length) this.touch(name, true);
    this.map.set(name, v);
  }

  delete(name: string): void {
    if (this.watches.length) this.touch(name, true);
    this.map.delete(name);
  }
}

/** Lookups a reading made in the closures of its options (by option index), with what they found. */
export interface ClosureReads {
  scopes: Array<Scope | undefined>;
  reads: Array<{ option: number; name: string; found: string }>;
}

/**
 * An allocator of names for objects, not state a run owns: a number is only
 * compared with another taken while the same object lives (the WeakMap holds
 * no object alive, and the numbers never reach a result), so sessions and
 * runs sharing the counter cannot see each other.
 */
const identities = new WeakMap<object, number>();
let identityCounter = 0;
/** A number naming an object for as long as it lives. */
export function identity(o: object | undefined): number {
  if (!o) return 0;
  let id = identities.get(o);
  if (id === undefined) identities.set(o, (id = ++identityCounter));
  return id;
}

/** What the reader can tell of a value found in a closure: a string, strings, a function, or nothing it uses. */
export function closureValue(v: Value | undefined): string {
  if (v?.k === 'str') return `s${JSON.stringify(v.v)}`;
  if (v?.k === 'seq' && v.items.every((i) => i.k === 'str') && !v.inexact) return `q${JSON.stringify(v.items.map((i) => (i as { v: string }).v))}`;
  if (v?.k === 'func') return `f${v.mod.path}:${v.def.startIndex}:${identity(v.closure)}`;
  return '-';
}
