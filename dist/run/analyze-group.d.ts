import { AnalysisSession } from '../analyze/session';
import type { WorkCounts } from '../work';
import type { AnalyzeOptions, FileResult } from './pipeline';
/** What analyzing one group gives back. */
export interface GroupResult {
    files: FileResult[];
    /** Content hash of every file read (analyzed and imported), for the cache. */
    read: Map<string, string>;
    /** Analyzed files of other groups that this group's imports reached. */
    strays: string[];
    /** The work it took. */
    work: WorkCounts;
}
/**
 * Analyzes a group of files together (imports between them and to modules
 * on disk are followed, read-only), decides every entry param, and computes
 * and verifies the edits. Nothing is written. The group's syntax trees are
 * freed before it returns. `elsewhere` are analyzed files of other groups;
 * `session` is what the groups of a run share.
 */
export declare function analyzeGroup(files: string[], opts: AnalyzeOptions, roots: string[] | undefined, elsewhere: ReadonlySet<string>, session?: AnalysisSession): Promise<GroupResult>;
