import type { Node } from '../parse/syntax-tree';
import type { SpecRecord, Value } from '../analyze/eval/values';
import { nullness, truthy } from '../analyze/eval/values';
import type { Direction } from '../model';
import { digestCall } from './digest';
import type { EvidenceItem } from './findings';

// where the analysis already needs it (linking); kept here for the rules that read it with the verdicts
export { reachableSpecs } from '../analyze/eval/reach';

/** What one spec says about its param. */
export type SpecVerdict =
  | { kind: 'direction'; direction: Direction }
  | { kind: 'undecidable'; detail: string; could: Direction };

/** Applies the rule to one spec: is_output + init_value -> InOut, is_output alone -> Out. */
export function specVerdict(spec: SpecRecord): SpecVerdict {
  const out = truthy(spec.isOutput);
  if (out === undefined) return { kind: 'undecidable', detail: `is_output is undecidable (${why(spec.isOutput)})`, could: 'InOut' };
  if (!out) return { kind: 'direction', direction: 'In' };
  const init = spec.initValue ? nullness(spec.initValue) : 'none';
  if (init === 'unknown') return { kind: 'undecidable', detail: `init_value is undecidable (${why(spec.initValue!)})`, could: 'InOut' };
  return { kind: 'direction', direction: init === 'notNone' ? 'InOut' : 'Out' };
}

function why(v: Value): string {
  return v.k === 'unknown' ? v.why : v.k === 'oneOf' ? 'depends on a branch' : v.k;
}

/**
 * An evidence item pointing at a syntax node, with a one-line digest of it;
 * arguments mentioning `mention` (the host param a host call passes on) stay.
 */
export function evidenceAt(role: EvidenceItem['role'], path: string, node: Node, says?: string, mention?: string): EvidenceItem {
  return { role, path, line: node.startPosition.row + 1, text: digestOf(node, role, mention), ...(says ? { says } : {}) };
}

/** Digests by syntax tree: the same spec or harness call is evidence for many params and paths. */
const digests = new WeakMap<object, Map<string, string>>();

function digestOf(node: Node, role: EvidenceItem['role'], mention?: string): string {
  let memo = digests.get(node.tree);
  if (!memo) digests.set(node.tree, (memo = new Map()));
  const key = `${node.startIndex}:${node.endIndex}:${role}:${mention ?? ''}`;
  let text = memo.get(key);
  if (text === undefined) memo.set(key, (text = digestCall(node, role, undefined, mention)));
  return text;
}

/** Evidence item for a spec, with what it says. */
export function specEvidence(spec: SpecRecord): EvidenceItem {
  const v = specVerdict(spec);
  const says =
    v.kind === 'undecidable' ? v.detail : v.direction === 'InOut' ? 'is_output=True with an init_value' : v.direction === 'Out' ? 'is_output=True, no init_value' : 'not an output';
  return evidenceAt('spec', spec.site.path, spec.site.node, says);
}
