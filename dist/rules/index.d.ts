import type { Rule } from './types';
export type { Analysis, EraSetting, Fix, Rule, RuleOutput } from './types';
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
 * unknown name is a usage error naming it.
 */
export declare function selectRules(...layers: RuleSelection[]): string[];
