import { basename } from 'path';
import type { ExtraEvidence } from '../../decide/decide';
import { evidenceAt } from '../../decide/evidence';
import type { Finding } from '../../decide/findings';
import { invocationEra } from '../era';
import { compareKeys, goldenOf, harnessNames } from '../golden';
import { entryLinks } from '../linked';
import type { Analysis } from '../types';

/**
 * Signature era: the golden function and compare_fn are the evidence of
 * which params are outputs (the specs no longer say). Writes whose key
 * cannot be decided make the harness call unresolved.
 */
export function goldenEvidence(a: Analysis): { extra: ExtraEvidence[]; problems: Finding[] } {
  const extra: ExtraEvidence[] = [];
  const problems: Finding[] = [];
  const reported = new Set<object>();
  for (const link of entryLinks(a)) {
    if (invocationEra(link.inv, a.era).era !== 'signature') continue;
    const harness = evidenceAt('harness', link.inv.site.path, link.inv.site.node);
    const names = harnessNames(link);
    const reading = goldenOf(a, link.inv);
    for (const [name, use] of reading?.uses ?? []) {
      const param = names.get(name);
      if (!param) continue;
      const rule = use.direction === 'InOut' ? 'golden-update' : 'golden-write';
      extra.push({ fn: link.entry, param, direction: use.direction, rule, evidence: [evidenceAt(use.role, use.path, use.node), harness] });
    }
    for (const key of compareKeys(link.inv.compare)) {
      const param = names.get(key);
      if (param) extra.push({ fn: link.entry, param, direction: 'Out', rule: 'compare-fn', evidence: [evidenceAt('compare-fn', link.inv.site.path, link.inv.site.node, `compare_fn["${key}"]`), harness] });
    }
    if (reading && !reported.has(link.inv)) {
      reported.add(link.inv);
      for (const u of reading.unresolved) {
        problems.push({ kind: 'unlinked-harness', path: link.inv.site.path, line: link.inv.site.node.startPosition.row + 1, column: link.inv.site.node.startPosition.column + 1, detail: `golden function: ${u.why} (${basename(u.path)}:${u.node.startPosition.row + 1})` });
      }
    }
  }
  return { extra, problems };
}
