import type { SpecRecord, Value } from './values';

/**
 * The specs reachable from an evaluated value (the list a harness receives).
 * With `provenance`, also every spec that went into building a reached value.
 */
export function reachableSpecs(
  value: Value,
  provenance?: WeakMap<object, Map<SpecRecord, boolean>>,
  out = new Map<SpecRecord, boolean>(),
  certain = true,
  depth = 0,
): Map<SpecRecord, boolean> {
  if (depth > 8) return out;
  const add = (v: Value, c: boolean) => reachableSpecs(v, provenance, out, c, depth + 1);
  const made = provenance?.get(value);
  if (made) for (const [spec, c] of made) out.set(spec, (out.get(spec) ?? false) || (c && certain));
  switch (value.k) {
    case 'spec':
      out.set(value.spec, (out.get(value.spec) ?? false) || certain);
      break;
    case 'seq':
    case 'set':
      for (const v of value.items) add(v, certain && !value.inexact);
      break;
    case 'dict':
      for (const [, v] of value.entries) add(v, certain && !value.inexact);
      break;
    case 'oneOf':
      for (const v of value.options) add(v, false);
      break;
  }
  return out;
}
