import type { ExtraEvidence } from '../../decide/decide';
import type { Finding } from '../../decide/findings';
import type { Analysis } from '../types';
/**
 * Signature era: the golden function and compare_fn are the evidence of
 * which params are outputs (the specs no longer say). Writes whose key
 * cannot be decided make the harness call unresolved. When the era is
 * unknown (no golden package resolves), the same evidence is undecided: a
 * param it would raise is reported, never passed.
 */
export declare function goldenEvidence(a: Analysis): {
    extra: ExtraEvidence[];
    problems: Finding[];
};
