import type { ParamInfo } from '../../analyze/entries';
import type { AbiPart, RunnerReading } from '../../analyze/golden/runner';
import type { SpecRecord } from '../../analyze/eval/values';
import type { EntryBinding } from '../../decide/binding';
import type { Agreement, EvidenceItem, Finding } from '../../decide/findings';
import type { Direction } from '../../model';
import type { EntryLink } from '../linked';
import type { Analysis } from '../types';
import { ParamType } from './param-types';
/** What every check of the family reads about one (harness call, entry) link. */
export interface LinkContext {
    a: Analysis;
    link: EntryLink;
    binding: EntryBinding;
    /** What this tree's runner does (read from its source). */
    runner: RunnerReading;
    /** How the specs reach the compile: by place (`run_jit`) or not at all (`run(program=)`). */
    compile: 'position' | 'none';
    level: 'l2' | 'host';
    harness: EvidenceItem;
    /** The one spec of the final list meant for a param (its named spec, or the one its place binds), if exactly one. */
    paired(p: ParamInfo): SpecRecord | undefined;
    typeOf(p: ParamInfo): ParamType;
    /** The param's direction in the artifact: the source as this run's `fix` leaves it. */
    artifactOf(p: ParamInfo): Direction;
    ref(p: ParamInfo): {
        path: string;
        line: number;
        column: number;
        entry: string;
        param: string;
    };
    /**
     * The consequence of a disagreement in `part` in this tree: rejected where
     * the runner checks it; elsewhere `unchecked` (what happens without a
     * check); where the runner cannot be read, what pypto-lib's runner does
     * since its ABI check, said as such.
     */
    say(part: AbiPart, unchecked: string): Agreement;
}
/** The context of one link. */
export declare function linkContext(a: Analysis, link: EntryLink, after: ReadonlyMap<string, Direction>): LinkContext;
/** See {@link LinkContext.say}. */
export declare function consequence(runner: RunnerReading, part: AbiPart, unchecked: string): Agreement;
/** One check of the family: a part of the ABI and the findings it gives for one link. */
export interface AbiCheck {
    part: AbiPart;
    run(ctx: LinkContext): Finding[];
}
