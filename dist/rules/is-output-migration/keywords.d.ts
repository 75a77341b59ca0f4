import type { Node } from '../../parse/syntax-tree';
/** One `is_output=` keyword written in a spec call or a `dataclasses.replace(spec, ...)`. */
export interface KeywordSite {
    path: string;
    call: Node;
    kw: Node;
    /** The call builds a spec (`TensorSpec(...)`) or re-makes one (`replace(...)`). */
    form: 'spec' | 'replace';
}
/** Every `is_output=` keyword of spec and replace calls in a module, found by its text first. */
export declare function keywordSites(path: string, root: Node, text: string, specClasses: ReadonlySet<string>): KeywordSite[];
