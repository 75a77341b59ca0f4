import type { AnalyzeOptions } from './pipeline';
/** A job for a worker thread: one group of files. */
export interface WorkerJob {
    id: number;
    files: string[];
    opts: AnalyzeOptions;
    roots?: string[];
    all: string[];
}
