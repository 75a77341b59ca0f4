import type { Rule } from './types';
export type { Analysis, Applicability, EraSetting, Fix, ResolvedFix, Rule, RuleOutput } from './types';
export { DETECT_SUFFIX, selectRules, type RuleSelection } from './catalog';
/** Every rule, in the order they run. Adding a rule: one module plus one line here and one in `catalog.ts`. */
export declare const RULES: readonly Rule[];
/** The rule with an id, or undefined. */
export declare function ruleById(id: string): Rule | undefined;
/** A rule's fix safety in one word, for listings: none, safe, unsafe, or safe/unsafe. */
export declare function fixSafety(rule: Rule): string;
