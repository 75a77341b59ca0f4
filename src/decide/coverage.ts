import type { Value } from '../analyze/eval/values';

/** Which names the list a harness receives gives a spec for, and whether that list is fully decided. */
export interface SpecCoverage {
  names: Set<string>;
  /** True when every item of the list (on every branch) is a spec with a literal name. */
  complete: boolean;
  /** Why the list is not fully decided. */
  why?: string;
}

/**
 * Reads the final specs argument of a harness: the names it holds a spec for
 * (a union over branches) and whether anything in it is undecided, so that a
 * param without a spec is reported instead of passing as `In`.
 */
export function specCoverage(specs: Value): SpecCoverage {
  const out: SpecCoverage = { names: new Set(), complete: true };
  const incomplete = (why: string) => {
    if (out.complete) out.why = why;
    out.complete = false;
  };
  const visit = (v: Value, depth: number): void => {
    if (depth > 4) return incomplete('the specs are nested too deeply');
    switch (v.k) {
      case 'oneOf':
        for (const o of v.options) visit(o, depth + 1);
        return;
      case 'seq':
        if (v.inexact) incomplete('the specs list is not fully decided');
        for (const item of v.items) {
          if (item.k === 'spec') {
            if (item.spec.name.k === 'str') out.names.add(item.spec.name.v);
            else incomplete("a spec's name is undecidable");
          } else if (item.k === 'oneOf' && item.options.every((o) => o.k === 'spec')) {
            visit({ k: 'seq', tuple: false, items: item.options }, depth + 1);
          } else if (item.k !== 'none') {
            incomplete(item.k === 'unknown' ? item.why : `an item of the specs list is a ${item.k} value`);
          }
        }
        return;
      case 'unknown':
        return incomplete(v.why);
      default:
        return incomplete(`the specs argument is a ${v.k} value`);
    }
  };
  visit(specs, 0);
  return out;
}
