import type { CallHarness } from './adapter';
import { runJit } from './run-jit';
import { runProgram } from './run-program';
import { runFn } from './run-fn';

export type { CallHarness } from './adapter';

/** Call-style harnesses, tried in order. Class-style ones live in `test-case.ts`. */
export const CALL_HARNESSES: readonly CallHarness[] = [runJit, runProgram, runFn];

/** A harness for extra function names from configuration (`fn=`/`program=` + `specs=`). */
export { keywordHarness } from './adapter';
