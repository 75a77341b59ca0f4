import type { Direction } from '../model';

/** One piece of evidence: a spec, a harness call, or a host call site. */
export interface EvidenceItem {
  /** What the item is: the deciding spec, the harness call, or a host -> L2 call. */
  role: 'spec' | 'harness' | 'host-call' | 'golden-write' | 'golden-read' | 'compare-fn' | 'keyword' | 'spec-class';
  path: string;
  line: number;
  /** A one-line digest of the call (see `decide/digest.ts`): whitespace collapsed, long values `...`. */
  text: string;
  /** For a spec: what it says (`is_output=True, init_value=...`). */
  says?: string;
}

/** Why a param could not be decided statically. */
export type UnresolvedReason =
  | 'undecidable-spec'
  | 'ambiguous-propagation'
  | 'scalar-output'
  | 'unrecognized-annotation'
  | 'no-spelling'
  | 'maybe-output'
  | 'undecidable-golden'
  | 'no-spec'
  | 'undecided-specs'
  | 'path-dependent'
  | 'binding-conflict';

/** Why a stale `is_output=` keyword is kept by `fix`. */
export type KeywordKeptReason = 'not-linked' | 'undecidable' | 'direction-missing' | 'layout' | 'forwarded';

/**
 * What a spec-list finding means in the analyzed tree: the consequence its
 * runner gives it, and whether that runner rejects it (then it is pending).
 */
export interface Agreement {
  /** In words: "rejected after compile", "compiled with the shape of another spec", ... */
  consequence: string;
  /** Set when the tree's runner refuses to run it: the finding is pending (exit 1). */
  rejected?: true;
  /** What the tree's runner does, as read from its source (explain shows it). */
  runner?: string;
}

interface ParamRef {
  path: string;
  line: number;
  column: number;
  entry: string;
  param: string;
}

/**
 * Everything the tool reports, as a discriminated union with stable kinds.
 * Prose for each kind lives in `report/messages.ts`.
 */
export type Finding =
  | (ParamRef & { kind: 'fix'; from: Direction; to: Direction; rule: 'inout' | 'out' | 'golden-write' | 'golden-update' | 'compare-fn'; evidence: EvidenceItem[] })
  | (ParamRef & { kind: 'ok'; direction: Direction; evidence: EvidenceItem[] })
  /** `entryLinked`: the entry is linked, but no spec or host param reaches this param. */
  | (ParamRef & { kind: 'not-linked'; direction: Direction; entryLinked?: true })
  | (ParamRef & { kind: 'suppressed'; from: Direction; to: Direction; evidence: EvidenceItem[] })
  | (ParamRef & { kind: 'unresolved'; reason: UnresolvedReason; from: Direction; detail: string; evidence: EvidenceItem[] })
  | (ParamRef & { kind: 'stronger-than-needed'; direction: Direction; needed: Direction; evidence: EvidenceItem[] })
  /** `onSomePaths`: an output spec exists, but only on a path that may not run. */
  | (ParamRef & { kind: 'no-output-evidence'; direction: Direction; needed: Direction; evidence: EvidenceItem[]; onSomePaths?: string })
  | (ParamRef & { kind: 'inline-wrapper'; direction: Direction })
  | (ParamRef & { kind: 'looks-written'; direction: Direction; evidence: EvidenceItem[]; onSomePaths?: string })
  | (ParamRef & { kind: 'evidence-conflict'; direction: Direction; wants: Direction; evidence: EvidenceItem[] })
  | ({ kind: 'unmatched-spec'; path: string; line: number; column: number; entry: string; spec: string; evidence: EvidenceItem[] } & Agreement)
  | { kind: 'unlinked-harness'; path: string; line: number; column: number; detail: string }
  | { kind: 'unknown-callee'; path: string; line: number; column: number; entry: string; callee: string }
  | ({ kind: 'spec-order'; path: string; line: number; column: number; entry: string; detail: string; evidence: EvidenceItem[] } & Agreement)
  | (ParamRef & { kind: 'abi-mismatch'; spec: Direction; artifact: Direction; evidence: EvidenceItem[] } & Agreement)
  /** A param the spec list gives no spec (by name where the runner binds by name, or past the list's end). */
  | (ParamRef & { kind: 'spec-missing'; evidence: EvidenceItem[] } & Agreement)
  /** The spec at a param's place has another name, which names no param: the runner binds it by place. */
  | (ParamRef & { kind: 'spec-name'; spec: string; evidence: EvidenceItem[] } & Agreement)
  /** A ScalarSpec where the entry takes a tensor, or a TensorSpec at a Scalar param. */
  | (ParamRef & { kind: 'spec-kind'; spec: string; specKind: 'tensor' | 'scalar'; paramKind: 'tensor' | 'scalar'; evidence: EvidenceItem[] } & Agreement)
  /** Spec and annotation shapes differ where both are decided (a dynamic or undecided dim accepts anything). */
  | (ParamRef & { kind: 'spec-shape'; spec: string; specShape: string; paramShape: string; evidence: EvidenceItem[] } & Agreement)
  /** The spec's torch dtype is not the annotation's pl dtype. */
  | (ParamRef & { kind: 'spec-dtype'; spec: string; specDtype: string; paramDtype: string; evidence: EvidenceItem[] } & Agreement)
  | (ParamRef & { kind: 'newly-validated'; direction: Direction; evidence: EvidenceItem[] })
  | (ParamRef & { kind: 'golden-disagrees'; direction: Direction; golden: Direction; evidence: EvidenceItem[] })
  | {
      kind: 'stale-is-output';
      path: string;
      line: number;
      column: number;
      /** The spec's name as far as it is known. */
      spec: string;
      /** The keyword's text (`is_output=True`). */
      keyword: string;
      /** Set when fix keeps the keyword: why. */
      keep?: { reason: KeywordKeptReason; detail: string };
      evidence: EvidenceItem[];
    }
  | { kind: 'era'; path: string; line: number; column: number; harness: string; era: 'spec' | 'signature'; why: string; evidence: EvidenceItem[] }
  | { kind: 'reads-unstamped-direction'; path: string; line: number; column: number; attr: string; detail: string };

export type FindingKind = Finding['kind'];

/** Kinds that leave work pending: `check` exits 1 while any is present. */
export const PENDING_KINDS: ReadonlySet<FindingKind> = new Set(['fix', 'unresolved', 'unlinked-harness', 'stale-is-output']);

/**
 * Agreement kinds (the spec list against the entry): shown by `check` without
 * `-v`; pending (exit 1) where the tree's runner rejects them, else only with
 * `--strict`.
 */
export const AGREEMENT_KINDS: ReadonlySet<FindingKind> = new Set(['abi-mismatch', 'unmatched-spec', 'spec-missing', 'spec-order', 'spec-kind', 'spec-shape', 'spec-dtype']);

/** Pending kinds of a run: {@link PENDING_KINDS}, plus the agreement kinds when strict. */
export function pendingKinds(strict: boolean): ReadonlySet<FindingKind> {
  return strict ? new Set([...PENDING_KINDS, ...AGREEMENT_KINDS]) : PENDING_KINDS;
}

/** Whether a finding leaves work pending (exit 1): its kind, or its runner rejecting it, or `--strict` on an agreement kind. */
export function isPending(f: Finding, strict: boolean): boolean {
  if (PENDING_KINDS.has(f.kind)) return true;
  if ('rejected' in f && f.rejected) return true;
  return strict && AGREEMENT_KINDS.has(f.kind);
}

/** Whether a finding is resolved by the edits it carries (a direction fix, a keyword deletion). */
export function isEditFinding(f: Finding): boolean {
  return f.kind === 'fix' || (f.kind === 'stale-is-output' && !f.keep);
}

/** Kinds shown as warnings (report only, never edited). */
export const WARNING_KINDS: ReadonlySet<FindingKind> = new Set([
  'stronger-than-needed',
  'no-output-evidence',
  'looks-written',
  'inline-wrapper',
  'unmatched-spec',
  'unknown-callee',
  'spec-order',
  'spec-missing',
  'spec-name',
  'spec-kind',
  'spec-shape',
  'spec-dtype',
  'abi-mismatch',
  'newly-validated',
  'golden-disagrees',
  'reads-unstamped-direction',
  'evidence-conflict',
]);

/** Warnings worth a reviewer's look even without `--verbose`. */
export const LOUD_WARNING_KINDS: ReadonlySet<FindingKind> = new Set(['evidence-conflict']);
