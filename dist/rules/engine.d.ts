import type { Finding } from '../decide/findings';
import type { Analysis, ResolvedFix } from './types';
/**
 * Runs the selected rules over one shared analysis and merges their output:
 * findings, and fixes whose edits the caller applies per file (sorted,
 * overlap-checked and verified once), each with the applicability its
 * rule's registry entry gives its fix kind. A finding kind two rules could
 * both produce is kept from the first.
 */
export declare function runRules(analysis: Analysis, selected: readonly string[]): {
    findings: Finding[];
    fixes: ResolvedFix[];
};
