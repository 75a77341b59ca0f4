import { GroupResult } from './analyze-group';
import type { AnalyzeOptions } from './pipeline';
/**
 * Analyzes groups with a fixed pool of `opts.workers` threads, the main thread
 * being one of them (largest groups first), and returns their results in the
 * groups' order. A crash in a worker is a bug and is rethrown with the
 * worker's stack.
 */
export declare function runInWorkers(groups: string[][], opts: AnalyzeOptions, roots: string[] | undefined, all: Set<string>): Promise<GroupResult[]>;
