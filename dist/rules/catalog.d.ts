import type { Rule } from './types';
/**
 * Each rule's id and default, in the order they run: what selecting rules
 * needs, without loading the rules themselves (a warm run never runs one).
 * A test checks it against `RULES` in `index.ts`.
 */
export declare const RULE_IDS: ReadonlyArray<Pick<Rule, 'id' | 'defaultOn'>>;
/** How a `detect` rule chosen only by the defaults appears in a selection: it runs where it finds its trigger. */
export declare const DETECT_SUFFIX = ":detect";
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
