import type { Rule } from './types';
export type { Analysis, Applicability, EraSetting, Fix, ResolvedFix, Rule, RuleOutput } from './types';
/** How a `detect` rule chosen only by the defaults appears in a selection: it runs where it finds its trigger. */
export declare const DETECT_SUFFIX = ":detect";
/** Every rule, in the order they run. Adding a rule: one module plus one line here. */
export declare const RULES: readonly Rule[];
/** The rule with an id, or undefined. */
export declare function ruleById(id: string): Rule | undefined;
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
export declare function selectRules(...layers: RuleSelection[]): string[];
/** A rule's fix safety in one word, for listings: none, safe, unsafe, or safe/unsafe. */
export declare function fixSafety(rule: Rule): string;
