import type { SpecRecord } from '../../../analyze/eval/values';
import type { AbiCheck, LinkContext } from '../context';
/** The final list as one named spec per place, or undefined (branches at a place, undecided names): then nothing is said. */
export declare function namedList(ctx: LinkContext): Array<SpecRecord & {
    name: {
        k: 'str';
        v: string;
    };
}> | undefined;
/**
 * The name set: a spec whose name is no param's (`unmatched-spec`), a param
 * no spec names (`spec-missing`), and, where the runner binds by place, a
 * spec at a param's place named after no param (`spec-name`: bound right,
 * named otherwise). Said only of an exact list with decided names.
 */
export declare const namesCheck: AbiCheck;
