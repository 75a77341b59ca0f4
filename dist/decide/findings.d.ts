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
export type UnresolvedReason = 'undecidable-spec' | 'ambiguous-propagation' | 'scalar-output' | 'unrecognized-annotation' | 'no-spelling' | 'maybe-output' | 'undecidable-golden' | 'no-spec' | 'undecided-specs' | 'path-dependent' | 'unknown-era' | 'binding-conflict' | 'unevaluated-harness';
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
/** Why a legacy harness call (or its import) is left as it is by the unified-run rule. */
export type HarnessKeptReason = 'conflicting-key' | 'splat' | 'run-bound' | 'config-given' | 'other-use' | 'not-converted' | 'layout' | 'positional' | 'import-kept';
/**
 * How safe a fix is (ruff's applicability). `safe`: keeps what the golden
 * test compares and uploads as its specs (or compare_fn) declare it;
 * `unsafe`: starts comparing or uploading something they never declared.
 * `fix` applies safe fixes, `fix --unsafe-fixes` both.
 */
export type Applicability = 'safe' | 'unsafe';
/** Set on a finding that has a fix: which kind, and whether this run leaves it unapplied. */
export interface FixState {
    applicability?: Applicability;
    /** An unsafe fix this run does not apply (no --unsafe-fixes): still pending. */
    withheld?: true;
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
export type Finding = FixState & (
/** `undeclared`: no spec or compare_fn marks the param an output; only the golden function writes it. */
(ParamRef & {
    kind: 'fix';
    from: Direction;
    to: Direction;
    rule: 'inout' | 'out' | 'golden-write' | 'golden-update' | 'compare-fn';
    undeclared?: true;
    evidence: EvidenceItem[];
}) | (ParamRef & {
    kind: 'ok';
    direction: Direction;
    evidence: EvidenceItem[];
})
/** `entryLinked`: the entry is linked, but no spec or host param reaches this param. */
 | (ParamRef & {
    kind: 'not-linked';
    direction: Direction;
    entryLinked?: true;
}) | (ParamRef & {
    kind: 'suppressed';
    from: Direction;
    to: Direction;
    evidence: EvidenceItem[];
}) | (ParamRef & {
    kind: 'unresolved';
    reason: UnresolvedReason;
    from: Direction;
    detail: string;
    evidence: EvidenceItem[];
}) | (ParamRef & {
    kind: 'stronger-than-needed';
    direction: Direction;
    needed: Direction;
    evidence: EvidenceItem[];
})
/** `onSomePaths`: an output spec exists, but only on a path that may not run. */
 | (ParamRef & {
    kind: 'no-output-evidence';
    direction: Direction;
    needed: Direction;
    evidence: EvidenceItem[];
    onSomePaths?: string;
}) | (ParamRef & {
    kind: 'inline-wrapper';
    direction: Direction;
}) | (ParamRef & {
    kind: 'looks-written';
    direction: Direction;
    evidence: EvidenceItem[];
    onSomePaths?: string;
}) | (ParamRef & {
    kind: 'evidence-conflict';
    direction: Direction;
    wants: Direction;
    evidence: EvidenceItem[];
}) | ({
    kind: 'unmatched-spec';
    path: string;
    line: number;
    column: number;
    entry: string;
    spec: string;
    evidence: EvidenceItem[];
} & Agreement) | {
    kind: 'unlinked-harness';
    path: string;
    line: number;
    column: number;
    detail: string;
} | {
    kind: 'unknown-callee';
    path: string;
    line: number;
    column: number;
    entry: string;
    callee: string;
} | ({
    kind: 'spec-order';
    path: string;
    line: number;
    column: number;
    entry: string;
    detail: string;
    evidence: EvidenceItem[];
} & Agreement) | (ParamRef & {
    kind: 'abi-mismatch';
    spec: Direction;
    artifact: Direction;
    evidence: EvidenceItem[];
} & Agreement)
/** A param the spec list gives no spec (by name where the runner binds by name, or past the list's end). */
 | (ParamRef & {
    kind: 'spec-missing';
    evidence: EvidenceItem[];
} & Agreement)
/** The spec at a param's place has another name, which names no param: the runner binds it by place. */
 | (ParamRef & {
    kind: 'spec-name';
    spec: string;
    evidence: EvidenceItem[];
} & Agreement)
/** A ScalarSpec where the entry takes a tensor, or a TensorSpec at a Scalar param. */
 | (ParamRef & {
    kind: 'spec-kind';
    spec: string;
    specKind: 'tensor' | 'scalar';
    paramKind: 'tensor' | 'scalar';
    evidence: EvidenceItem[];
} & Agreement)
/** Spec and annotation shapes differ where both are decided (a dynamic or undecided dim accepts anything). */
 | (ParamRef & {
    kind: 'spec-shape';
    spec: string;
    specShape: string;
    paramShape: string;
    evidence: EvidenceItem[];
} & Agreement)
/** The spec's torch dtype is not the annotation's pl dtype. */
 | (ParamRef & {
    kind: 'spec-dtype';
    spec: string;
    specDtype: string;
    paramDtype: string;
    evidence: EvidenceItem[];
} & Agreement) | (ParamRef & {
    kind: 'newly-validated';
    direction: Direction;
    evidence: EvidenceItem[];
}) | (ParamRef & {
    kind: 'golden-disagrees';
    direction: Direction;
    golden: Direction;
    evidence: EvidenceItem[];
}) | {
    kind: 'stale-is-output';
    path: string;
    line: number;
    column: number;
    /** The spec's name as far as it is known. */
    spec: string;
    /** The keyword's text (`is_output=True`). */
    keyword: string;
    /** Set when fix keeps the keyword: why. */
    keep?: {
        reason: KeywordKeptReason;
        detail: string;
    };
    evidence: EvidenceItem[];
} | {
    kind: 'era';
    path: string;
    line: number;
    column: number;
    harness: string;
    era: 'spec' | 'signature' | 'unknown';
    why: string;
    evidence: EvidenceItem[];
} | {
    kind: 'reads-unstamped-direction';
    path: string;
    line: number;
    column: number;
    attr: string;
    detail: string;
}
/** A direction this run's fix writes that the spec the harness receives contradicts (#1019 would reject it): change the spec. */
/** `runnerSays`: what this tree's runner does with that artifact (abi-agreement's reading), when known. */
 | (ParamRef & {
    kind: 'fix-breaks-abi';
    spec: Direction;
    artifact: Direction;
    before: Direction;
    evidence: EvidenceItem[];
    runnerSays?: string;
}) | {
    kind: 'legacy-harness';
    path: string;
    line: number;
    column: number;
    /** A harness call (`run_jit(...)`, `run(..., compile_cfg=...)`) or the import that names `run_jit`. */
    site: 'call' | 'import';
    /** The call's or import's first line. */
    text: string;
    /** Why `fix` leaves it as it is. */
    keep?: {
        reason: HarnessKeptReason;
        detail: string;
    };
    /** The golden package no longer exports run_jit: the file fails at import until converted. */
    unified: boolean;
});
export type FindingKind = Finding['kind'];
/** Kinds that leave work pending: `check` exits 1 while any is present (and any finding with a fix). */
export declare const PENDING_KINDS: ReadonlySet<FindingKind>;
/**
 * Agreement kinds (the spec list against the entry): shown by `check` without
 * `-v`; pending (exit 1) where the tree's runner rejects them, else only with
 * `--strict`.
 */
export declare const AGREEMENT_KINDS: ReadonlySet<FindingKind>;
/** Pending kinds of a run: {@link PENDING_KINDS}, plus the agreement kinds when strict. */
export declare function pendingKinds(strict: boolean): ReadonlySet<FindingKind>;
/** Whether a finding is resolved by the edits this run applies (a direction fix, a keyword deletion, ...). */
export declare function isEditFinding(f: Finding): boolean;
/**
 * Whether a finding leaves work pending (exit 1): a pending kind, any
 * finding with a fix (applied or withheld), a spec-list finding the tree's
 * runner rejects, and with `strict` the agreement kinds.
 */
export declare function isPending(f: Finding, strict?: boolean): boolean;
/**
 * Whether a finding only explains (a param's direction and evidence, a
 * harness call's era): shown by `explain` alone, never pending, never a
 * warning, never fixed. A cached result read for another command may leave
 * these out (`ResultCache`'s brief lookup).
 */
export declare function explanationOnly(f: Finding): boolean;
/** Kinds shown as warnings (report only, never edited). */
export declare const WARNING_KINDS: ReadonlySet<FindingKind>;
/** Warnings worth a reviewer's look even without `--verbose`. */
export declare const LOUD_WARNING_KINDS: ReadonlySet<FindingKind>;
export {};
