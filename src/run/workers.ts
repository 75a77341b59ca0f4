import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyzeGroup, GroupResult } from './analyze-group';
import { collectIfAbove } from './memory';
import { GROUP_HEAP_MB } from './pipeline';
import type { AnalyzeOptions } from './pipeline';
import { loadFile, StoredFile } from './serialize';
import type { WorkerJob } from './worker';
import { WorkCounts } from '../work';

/** The compiled worker script (tests run from src/, so look in dist/ too). */
function workerScript(): string {
  const here = path.join(__dirname, 'worker.js');
  return fs.existsSync(here) ? here : path.join(__dirname, '..', '..', 'dist', 'run', 'worker.js');
}

/**
 * Analyzes groups with a fixed pool of `opts.workers` threads, the main thread
 * being one of them (largest groups first), and returns their results in the
 * groups' order. A crash in a worker is a bug and is rethrown with the
 * worker's stack.
 */
export async function runInWorkers(groups: string[][], opts: AnalyzeOptions, roots: string[] | undefined, all: Set<string>): Promise<GroupResult[]> {
  const size = Math.min(opts.workers, groups.length);
  const { onProgress, signal, session, ...plain } = opts; // functions, signals and sessions cannot cross threads
  const order = groups.map((_, i) => i).sort((a, b) => groups[b].length - groups[a].length);
  const results: GroupResult[] = new Array(groups.length);
  const total = groups.reduce((n, g) => n + g.length, 0);
  const allFiles = [...all];
  let done = 0;
  const record = (i: number, result: GroupResult) => {
    results[i] = result;
    done += groups[i].length;
    onProgress?.(done, total);
  };
  // the main thread takes jobs too: on 2 cores that is one worker, not two plus an idle main thread
  // unref: a worker never keeps the process alive, whatever happens to the run
  const pool = Array.from({ length: size - 1 }, () => {
    const worker = new Worker(workerScript());
    worker.unref();
    return worker;
  });
  const local = async () => {
    for (let next = order.shift(); next !== undefined; next = order.shift()) {
      record(next, await analyzeGroup(groups[next], plain as AnalyzeOptions, roots, all, session));
      collectIfAbove(GROUP_HEAP_MB);
      await new Promise((r) => setImmediate(r)); // let worker replies in
    }
  };
  try {
    await Promise.all([
      local(),
      ...pool.map(async (worker) => {
        for (let next = order.shift(); next !== undefined; next = order.shift()) {
          const job: WorkerJob = { id: next, files: groups[next], opts: plain as AnalyzeOptions, roots, all: allFiles };
          const reply = await new Promise<{ id: number; files?: StoredFile[]; read?: Array<[string, string]>; strays?: string[]; work?: Record<string, number>; crash?: string }>((resolve, reject) => {
            const onError = (e: Error) => settle(() => reject(e));
            // a worker that dies without replying must fail the run, not leave it waiting forever
            const onExit = (code: number) => settle(() => reject(new Error(`worker exited with code ${code} before replying`)));
            const onMessage = (m: Parameters<typeof resolve>[0]) => settle(() => resolve(m));
            const settle = (then: () => void) => {
              worker.off('error', onError).off('exit', onExit).off('message', onMessage);
              then();
            };
            worker.once('message', onMessage).once('error', onError).once('exit', onExit);
            worker.postMessage(job);
          });
          if (reply.crash) throw new Error(`worker failed: ${reply.crash}`);
          record(next, { files: reply.files!.map(loadFile), read: new Map(reply.read!), strays: reply.strays!, work: new WorkCounts().add(reply.work ?? {}) });
        }
      }),
    ]);
  } finally {
    await terminateAll(pool, TERMINATE_WAIT_MS);
  }
  return results;
}

/** How long to wait for workers to stop before leaving them (they are unref'd, so they cannot hold the process). */
const TERMINATE_WAIT_MS = 2000;

/** Terminates every worker, waiting at most `ms` for them to stop. */
async function terminateAll(pool: Worker[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  await Promise.race([Promise.all(pool.map((w) => w.terminate().catch(() => undefined))), bound]);
  clearTimeout(timer);
}
