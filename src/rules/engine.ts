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
  return { findings, fixes };
}
