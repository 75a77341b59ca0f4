import type { Finding } from '../decide/findings';
import { eraFindings } from './era';
import { RULES } from './index';
import type { Analysis, Fix } from './types';

/**
 * Runs the selected rules over one shared analysis and merges their output:
 * findings, and fixes whose edits the caller applies per file (sorted,
 * overlap-checked and verified once). A finding kind two rules could both
 * produce is kept from the first.
 */
export function runRules(analysis: Analysis, selected: readonly string[]): { findings: Finding[]; fixes: Fix[] } {
  const on = new Set(selected);
  const findings: Finding[] = eraFindings(analysis);
  const fixes: Fix[] = [];
  for (const rule of RULES) {
    if (!on.has(rule.id)) continue;
    const out = rule.run(analysis, on);
    findings.push(...out.findings);
    fixes.push(...out.fixes);
  }
  // a rule's finding replaces the noisier kinds it supersedes on the same param
  const at = (f: Finding) => `${f.path}:${f.line}:${f.column}`;
  const drop = new Set<Finding>();
  for (const rule of RULES) {
    if (!on.has(rule.id) || !rule.supersedes) continue;
    const mine = new Set(findings.filter((f) => rule.kinds.includes(f.kind)).map(at));
    for (const f of findings) if (rule.supersedes.includes(f.kind) && mine.has(at(f))) drop.add(f);
  }
  return { findings: findings.filter((f) => !drop.has(f)), fixes };
}
