import { abiAgreementRule } from './abi-agreement';
import { directionRule } from './direction';
import { inlineWrapperRule } from './inline-wrapper';
import { unifiedRunRule } from './unified-run';
import { isOutputMigrationRule } from './is-output-migration';
import type { Rule } from './types';

export type { Analysis, Applicability, EraSetting, Fix, ResolvedFix, Rule, RuleOutput } from './types';

export { DETECT_SUFFIX, selectRules, type RuleSelection } from './catalog';

/** Every rule, in the order they run. Adding a rule: one module plus one line here and one in `catalog.ts`. */
export const RULES: readonly Rule[] = [directionRule, abiAgreementRule, isOutputMigrationRule, inlineWrapperRule, unifiedRunRule];

/** The rule with an id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** A rule's fix safety in one word, for listings: none, safe, unsafe, or safe/unsafe. */
export function fixSafety(rule: Rule): string {
  const kinds = new Set(Object.values(rule.fixes));
  if (!kinds.size) return 'none';
  return kinds.size === 2 ? 'safe/unsafe' : [...kinds][0];
}
