import type { Node } from '../../../src/parse/syntax-tree';
import type { GoldenUse } from './reader';

/**
 * Per path, what has happened to one harness tensor so far: U untouched,
 * R its old contents read, W overwritten whole first (no old contents
 * needed), D the result depends on the old contents.
 */
export type Status = 'U' | 'R' | 'W' | 'D';

/** A syntax node and the file it is in. */
export interface At {
  node: Node;
  path: string;
}

const NEXT: Record<Status, Record<Status, Status>> = {
  // event:   read      whole write  dependent write
  U: { U: 'U', R: 'R', W: 'W', D: 'D' },
  R: { U: 'R', R: 'R', W: 'D', D: 'D' },
  W: { U: 'W', R: 'W', W: 'W', D: 'W' },
  D: { U: 'D', R: 'D', W: 'D', D: 'D' },
};

/** The set of statuses each tensor may have over all paths, with the nodes that caused them. */
export class GoldenState {
  private status = new Map<string, Set<Status>>();
  private why = new Map<string, { read?: At; write?: At; dirty?: At }>();

  private of(key: string): Set<Status> {
    return this.status.get(key) ?? new Set<Status>(['U']);
  }

  /** An event on a tensor: `R` a read, `W` a whole overwrite, `D` a write that keeps or needs old contents. */
  apply(key: string, event: Status, node: At): void {
    const before = this.of(key);
    const after = new Set([...before].map((s) => NEXT[s][event]));
    const why = this.why.get(key) ?? {};
    if (event === 'R' && !why.read && before.has('U')) why.read = node;
    if (event === 'W' && !why.write) why.write = node;
    if (after.has('D') && !why.dirty) why.dirty = event === 'W' && why.read ? why.read : node;
    this.why.set(key, why);
    this.status.set(key, after);
  }

  private clone(): GoldenState {
    const c = new GoldenState();
    for (const [k, v] of this.status) c.status.set(k, new Set(v));
    for (const [k, v] of this.why) c.why.set(k, { ...v });
    return c;
  }

  private absorb(others: GoldenState[]): void {
    const keys = new Set(others.flatMap((o) => [...o.status.keys()]));
    for (const k of keys) this.status.set(k, new Set(others.flatMap((o) => [...o.of(k)])));
    for (const o of others) for (const [k, v] of o.why) this.why.set(k, { ...v, ...this.why.get(k) });
  }

  /**
   * Branches: each arm from the current state; `fallthrough` when no arm may
   * run. Keys `absent` on the fallthrough path (`if "k" in tensors:`) are not
   * harness tensors there, so that path says nothing about them.
   */
  branch(arms: Array<(s: GoldenState) => void>, fallthrough: boolean, absent: string[] = []): void {
    const results = arms.map((arm) => {
      const s = this.clone();
      arm(s);
      return s;
    });
    const rest = this.clone();
    if (results.length) for (const k of absent) if (results[0].status.has(k)) rest.status.set(k, new Set(results[0].of(k)));
    this.absorb(fallthrough ? [rest, ...results] : results);
  }

  /** A loop body that may run zero, one or more times. */
  loop(body: (s: GoldenState) => void): void {
    const once = this.clone();
    body(once);
    const twice = once.clone();
    body(twice);
    this.absorb([this.clone(), once, twice]);
  }

  /** The direction each tensor's treatment asks for; merged (highest) into `uses`. */
  finish(uses: Map<string, GoldenUse>): void {
    for (const [key, set] of this.status) {
      const why = this.why.get(key) ?? {};
      let use: GoldenUse | undefined;
      if (set.has('D')) use = { name: key, direction: 'InOut', role: 'golden-read', ...(why.dirty ?? why.write!) };
      else if (set.has('W')) {
        // written on some paths only: where it is not, the harness compares the old contents
        use = set.has('U') || set.has('R') ? { name: key, direction: 'InOut', role: 'golden-read', ...why.write! } : { name: key, direction: 'Out', role: 'golden-write', ...why.write! };
      }
      if (!use) continue;
      const prev = uses.get(key);
      if (!prev || (prev.direction === 'Out' && use.direction === 'InOut')) uses.set(key, use);
    }
  }
}
