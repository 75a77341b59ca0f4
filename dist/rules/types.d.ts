import type { Node } from '../parse/syntax-tree';
import type { ParamInfo, PyptoFunction } from '../analyze/entries';
import type { SpecRecord } from '../analyze/eval/values';
import type { EraOfCall } from '../analyze/eval/era';
import type { RunnerReading } from '../analyze/golden/runner';
import type { Invocation, LinkProblem } from '../analyze/link';
import type { PyptoSymbols } from '../analyze/pypto-symbols';
import type { EvidenceMode } from '../decide/decide';
import type { Applicability, Finding, FindingKind } from '../decide/findings';
import type { HostCall, UnknownCallee } from '../decide/host-calls';
import type { Edit, EditKind } from '../rewrite/edits';
import type { WorkCounts } from '../work';
/** Which era of the golden harness a spec call belongs to; `auto` detects it per call. */
export type EraSetting = 'auto' | 'spec' | 'signature';
/**
 * The shared analysis of one group of files (parsed, evaluated and linked
 * once): every rule reads it, none recomputes it.
 */
export interface Analysis {
    functions: PyptoFunction[];
    invocations: Invocation[];
    problems: LinkProblem[];
    hostCalls: {
        calls: HostCall[];
        unknown: UnknownCallee[];
    };
    evidence: EvidenceMode;
    era: EraSetting;
    /** Whether report-only findings will be shown: when not, work that feeds only them may be skipped. */
    warnings: boolean;
    /** How each module spells `pypto.language`, by path. */
    symbols: Map<string, PyptoSymbols>;
    /** Reads of `.is_output`/`.is_input` on specs seen while linking. */
    directionReads: Array<{
        node: Node;
        spec: SpecRecord;
        path: string;
    }>;
    /** Names whose call builds a golden spec. */
    specClassNames: ReadonlySet<string>;
    /** The analyzed files (written if they have edits). */
    modules: Array<{
        path: string;
        root: Node;
        text: string;
    }>;
    /** The era of a spec call's callee, resolved in its file; undefined when unresolvable. */
    eraAt(path: string, callee: Node): EraOfCall | undefined;
    /** What the runner of a harness call does with the specs (read from its source, never run). */
    runnerOf(inv: Invocation): RunnerReading;
    /** The names an import statement of a module binds (resolved and read, never run). */
    importsAt(path: string, stmt: Node): Map<string, import('../analyze/eval/values').Value>;
    /** The param a finding points at (path, name, line, column). */
    paramAt(path: string, name: string, line: number, column: number): ParamInfo | undefined;
    /** Results computed once and shared between rules (e.g. the direction decisions). */
    memo: Map<string, unknown>;
    /** Golden readings kept across the analyses of a language server's session, re-checked before reuse. */
    keptReadings?: import('../analyze/golden/memo').KeptReadings;
    /** `--unsafe-fixes`: unsafe fixes are applied too (rules that reason about the source as fix leaves it read this). */
    unsafeFixes: boolean;
    /**
     * The names a module binds once its top level is evaluated (read, never
     * run), for an import of `dotted` from the file at `path`; undefined when
     * it cannot be resolved.
     */
    moduleNames(path: string, dotted: string): {
        path: string;
        names: Map<string, import('../analyze/eval/values').Value>;
    } | undefined;
    /** Where rules count their work (see `work.ts`). */
    work?: WorkCounts;
}
/** A finding together with the edits that resolve it. */
export interface Fix {
    finding: Finding;
    edits: Edit[];
    /** Which of its rule's fix kinds this is (a key of {@link Rule.fixes}): it decides the applicability. */
    kind: string;
}
/** A fix with its applicability, as the engine hands it on. */
export interface ResolvedFix extends Fix {
    applicability: Applicability;
}
/** What a rule gives back: findings, some of them with edits (data; the engine applies them). */
export interface RuleOutput {
    findings: Finding[];
    fixes: Fix[];
}
export type { Applicability } from '../decide/findings';
/** One rule: metadata for the registry and a function from the analysis to findings. */
export interface Rule {
    /** Stable id used by `--select`/`--ignore` and in config. */
    id: string;
    summary: string;
    /**
     * On unless deselected; `detect`: on by default only where the rule finds
     * its trigger in the tree (it is told whether it was chosen explicitly).
     */
    defaultOn: boolean | 'detect';
    /** Each kind of fix the rule makes, with its applicability (ruff's); empty when it only reports. */
    fixes: Readonly<Record<string, Applicability>>;
    /** The kinds of edit its fixes are made of: the verifier checks each edit by its kind, and the engine refuses others. */
    edits: readonly EditKind[];
    /** Finding kinds this rule produces. */
    kinds: readonly FindingKind[];
    /** Kinds another rule reports that this rule's finding on the same param replaces. */
    supersedes?: readonly FindingKind[];
    /** A short example: what it reports and what fix does. */
    example: string;
    /** `explicit`: chosen by select/extend-select rather than by default. */
    run(analysis: Analysis, selected: ReadonlySet<string>, explicit: boolean): RuleOutput;
}
