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
 * cannot be decided make the harness call unresolved. When the era is
 * unknown (no golden package resolves), the same evidence is undecided: a
 * param it would raise is reported, never passed.
 */
export function goldenEvidence(a: Analysis): { extra: ExtraEvidence[]; problems: Finding[] } {
  const extra: ExtraEvidence[] = [];
  const problems: Finding[] = [];
  const reported = new Set<object>();
  for (const link of entryLinks(a)) {
    const era = invocationEra(link.inv, a.era);
    if (era.era === 'spec') continue;
    // era unknown: what the golden shows is the evidence in one era and not in the other, so never settled
    const unknown = era.era === 'unknown' ? (direction: string) => ({ undecided: { reason: 'unknown-era' as const, detail: `the golden function makes it ${direction}, evidence only in the signature era; ${era.why}` } }) : () => ({});
    const harness = evidenceAt('harness', link.inv.site.path, link.inv.site.node);
    const names = harnessNames(link);
    const reading = goldenOf(a, link.inv);
    for (const [name, use] of reading?.uses ?? []) {
      const param = names.get(name);
      if (!param) continue;
      const rule = use.direction === 'InOut' ? 'golden-update' : 'golden-write';
      extra.push({ fn: link.entry, param, direction: use.direction, rule, evidence: [evidenceAt(use.role, use.path, use.node), harness], ...unknown(use.direction) });
    }
    for (const key of compareKeys(link.inv.compare)) {
      const param = names.get(key);
      if (param) extra.push({ fn: link.entry, param, direction: 'Out', rule: 'compare-fn', evidence: [evidenceAt('compare-fn', link.inv.site.path, link.inv.site.node, `compare_fn["${key}"]`), harness], ...unknown('Out') });
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
