import { parentPort } from 'worker_threads';
import { analyzeGroup } from './analyze-group';
import { AnalysisSession } from '../analyze/session';
import type { AnalyzeOptions } from './pipeline';
import { storeFile } from './serialize';
import { collectIfAbove } from './memory';
import { GROUP_HEAP_MB } from './pipeline';

/** A job for a worker thread: one group of files. */
export interface WorkerJob {
  id: number;
  files: string[];
  opts: AnalyzeOptions;
  roots?: string[];
  all: string[];
}

// Each worker analyzes whole groups: a group's trees never cross threads. A worker lives for one
// run, and its groups share what the run shares (library parses, what exists on disk).
const session = new AnalysisSession();

parentPort?.on('message', async (job: WorkerJob) => {
  try {
    const r = await analyzeGroup(job.files, job.opts, job.roots, new Set(job.all), session);
    parentPort!.postMessage({ id: job.id, files: r.files.map((f) => storeFile(f, true)), read: [...r.read], strays: r.strays, work: r.work.toJSON() });
    collectIfAbove(GROUP_HEAP_MB);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, crash: (e as Error)?.stack ?? String(e) });
  }
});
