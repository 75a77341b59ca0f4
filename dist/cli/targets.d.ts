import type { Finding } from '../decide/findings';
import type { AnalysisResult } from '../run/pipeline';
/** `explain FILE:LINE`: a line of a file whose findings to show. */
export interface LineTarget {
    /** As given (for messages). */
    arg: string;
    /** The file, resolved. */
    file: string;
    line: number;
}
/**
 * Splits `explain`'s arguments into paths and FILE:LINE targets. An argument
 * that exists on disk is a path, whatever it looks like (a file named `a:1`);
 * otherwise `FILE:LINE` or `FILE:LINE:COL` (a location as `check` prints it;
 * the column is not needed) is a target when FILE is an existing file. The
 * rest stay paths (and fail as missing ones do). A target's file is analyzed
 * like a path.
 */
export declare function splitTargets(args: string[], cwd: string): {
    paths: string[];
    targets: LineTarget[];
};
/**
 * What `explain` shows when given FILE:LINE targets or `--param`s: the
 * findings any of them selects (undefined: no selection, everything). A
 * target that selects nothing is a usage error naming it and what the file
 * holds; so is a `--param` that names no param. A file that could not be
 * analyzed is left to its own error.
 */
export declare function selection(targets: LineTarget[], params: string[], result: AnalysisResult, cwd: string): Promise<((f: Finding) => boolean) | undefined>;
