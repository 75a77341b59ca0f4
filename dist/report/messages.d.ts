import type { Finding, FindingKind } from '../decide/findings';
type MessageOf<K extends FindingKind> = (f: Extract<Finding, {
    kind: K;
}>) => string;
/** One line of prose per finding kind: every reporter reads this table. */
export declare const MESSAGES: {
    [K in FindingKind]: MessageOf<K>;
};
/** The message for any finding. */
export declare function messageOf(f: Finding): string;
/** The rule, in words, for a finding that applies it. */
export declare function ruleInWords(f: Finding): string | undefined;
/** A short title per finding kind (rule names in SARIF, headings). */
export declare const TITLES: Record<FindingKind, string>;
export {};
