import type { Node } from '../parse/syntax-tree';
import type { EvidenceItem } from './findings';
/**
 * One-line digests of calls for evidence: `TensorSpec(name, [N, *s.shape],
 * s.dtype, init_value=..., is_output=name == "kv_cache")`. Whitespace and
 * comments inside the call are collapsed (string literals are kept as
 * written); past {@link DIGEST_WIDTH} columns the least telling argument
 * values become `...`, then runs of them one `...`, but the arguments that
 * decide (a spec's name, `is_output`, `init_value`; a harness's `fn=`,
 * `program=`, `specs=`) always stay.
 */
/** Columns a digest aims to fit in. */
export declare const DIGEST_WIDTH = 100;
/** What a digest must keep, by the role of the call: a spec's and a harness's deciding arguments. */
export type DigestRole = EvidenceItem['role'];
/**
 * A one-line digest of a call node (other nodes: their first line,
 * collapsed). Arguments that mention `mention` (a host call's param) are
 * kept like deciding ones.
 */
export declare function digestCall(node: Node, role: DigestRole, width?: number, mention?: string): string;
/** Shortens text in its middle with `...` to at most `width` characters. */
export declare function middle(text: string, width: number): string;
/**
 * Source text on one line: comments dropped, whitespace runs (line breaks
 * and backslash continuations included) made one space, none just inside
 * brackets or before a comma. String literals are kept as written; one
 * spanning lines is shown as its quotes around `...`.
 */
export declare function collapseSource(src: string): string;
