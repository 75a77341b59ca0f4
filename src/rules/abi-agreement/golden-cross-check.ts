import type { Direction } from '../../model';
import { evidenceAt, specEvidence, specVerdict } from '../../decide/evidence';
import type { Finding } from '../../decide/findings';
import { invocationEra } from '../era';
import { compareKeys, goldenOf, harnessNames } from '../golden';
import { entryLinks } from '../linked';
import type { Analysis } from '../types';

/**
 * Spec era, shown with -v: a spec marked output that the golden function
 * never writes (nor compare_fn names), and a golden write to a tensor no
 * spec marks as output. Only goldens read completely are cross-checked.
 * Its findings are warnings only: without them wanted, no golden is read.
 */
export function goldenCrossCheck(a: Analysis): Finding[] {
  const out: Finding[] = [];
  if (!a.warnings) return out;
  const seen = new Set<string>();
  for (const link of entryLinks(a)) {
    if (invocationEra(link.inv, a.era).era !== 'spec') continue;
    const reading = goldenOf(a, link.inv);
    if (!reading || reading.unresolved.length) continue;
    const compared = compareKeys(link.inv.compare);
    const harness = evidenceAt('harness', link.inv.site.path, link.inv.site.node);
    for (const [name, param] of harnessNames(link)) {
      const specs = [...(link.final.get(param)?.keys() ?? [])].filter((s) => s.name.k === 'str' && s.name.v === name);
      const verdicts = specs.map(specVerdict);
      if (!specs.length || verdicts.some((v) => v.kind !== 'direction')) continue;
      const marked = verdicts.map((v) => (v as { direction: Direction }).direction).find((d) => d !== 'In');
      const use = reading.uses.get(name);
      const key = `${link.entry.module.path}:${param.line}:${name}`;
      if (seen.has(key)) continue;
      const ref = { path: link.entry.module.path, line: param.line, column: param.node.startPosition.column + 1, entry: link.entry.name, param: param.name };
      if (marked && !use && !compared.has(name)) {
        seen.add(key);
        out.push({ kind: 'golden-disagrees', ...ref, direction: marked, golden: 'In', evidence: [specEvidence(specs[0]), harness] });
      } else if (!marked && use && verdicts.length === specs.length) {
        seen.add(key);
        out.push({ kind: 'golden-disagrees', ...ref, direction: 'In', golden: use.direction, evidence: [evidenceAt(use.role, use.path, use.node), specEvidence(specs[0]), harness] });
      }
    }
  }
  return out;
}

