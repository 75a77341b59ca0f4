import { ToolError } from '../errors';
import { abiAgreementRule } from './abi-agreement';
import { directionRule } from './direction';
import { inlineWrapperRule } from './inline-wrapper';
import { unifiedRunRule } from './unified-run';
import { isOutputMigrationRule } from './is-output-migration';
import type { Rule } from './types';

export type { Analysis, Applicability, EraSetting, Fix, ResolvedFix, Rule, RuleOutput } from './types';

/** How a `detect` rule chosen only by the defaults appears in a selection: it runs where it finds its trigger. */
export const DETECT_SUFFIX = ':detect';

/** Every rule, in the order they run. Adding a rule: one module plus one line here. */
export const RULES: readonly Rule[] = [directionRule, abiAgreementRule, isOutputMigrationRule, inlineWrapperRule, unifiedRunRule];

/** The rule with an id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Rule choices as ruff takes them: `select` replaces the defaults, `extend-select` adds, `ignore` removes. */
export interface RuleSelection {
  select?: string[];
  extendSelect?: string[];
  ignore?: string[];
}

/**
 * The ids of the rules that run, from selections applied in order (ruff's
 * layers: the config file's, then the command line's): a layer's `select`
 * replaces what the layers before chose, `extend-select` adds, `ignore`
 * removes (within a layer, ignore wins). Each name is a rule id or `ALL`; an
 * unknown name is a usage error naming it. A `detect` rule that only the
 * defaults choose comes back as `id:detect` (see {@link DETECT_SUFFIX}).
 */
export function selectRules(...layers: RuleSelection[]): string[] {
  const expand = (names: string[] | undefined): string[] =>
    (names ?? []).flatMap((n) => {
      if (n === 'ALL') return RULES.map((r) => r.id);
      if (!ruleById(n)) throw new ToolError('usage', undefined, `unknown rule "${n}"`, `known rules: ${RULES.map((r) => r.id).join(', ')}`);
      return [n];
    });
  let chosen = new Set(RULES.filter((r) => r.defaultOn === true).map((r) => r.id));
  let detect = new Set(RULES.filter((r) => r.defaultOn === 'detect').map((r) => r.id));
  for (const sel of layers) {
    if (sel.select) {
      chosen = new Set(expand(sel.select));
      detect = new Set();
    }
    for (const n of expand(sel.extendSelect)) chosen.add(n);
    for (const n of expand(sel.ignore)) {
      chosen.delete(n);
      detect.delete(n);
    }
  }
  return RULES.flatMap((r) => (chosen.has(r.id) ? [r.id] : detect.has(r.id) ? [r.id + DETECT_SUFFIX] : []));
}

/** A rule's fix safety in one word, for listings: none, safe, unsafe, or safe/unsafe. */
export function fixSafety(rule: Rule): string {
  const kinds = new Set(Object.values(rule.fixes));
  if (!kinds.size) return 'none';
  return kinds.size === 2 ? 'safe/unsafe' : [...kinds][0];
}
