import * as v8 from 'v8';
import * as vm from 'vm';

let collect: (() => void) | undefined | null;

/** V8's full collector, made reachable without a command-line flag (null where that fails). */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Heap in use right after the last forced collection: what is live, not garbage. */
let live = 0;

/**
 * Between groups of files most of the heap is garbage (syntax nodes and
 * evaluator values of the finished group), but V8 grows the heap rather than
 * collect it. A full collection once the heap has grown half of `limitMb` past what
 * was live after the last one keeps the peak near what a group needs instead
 * of what the whole run allocated (and never collects again and again in a
 * host process whose own heap is large).
 */
export function collectIfAbove(limitMb: number): void {
  if (process.memoryUsage().heapUsed - live < (limitMb / 2) * 1024 * 1024) return;
  const gc = collector();
  if (!gc) return;
  gc();
  live = process.memoryUsage().heapUsed;
}
