import type { CallHarness } from './adapter';
export type { CallHarness } from './adapter';
/** Call-style harnesses, tried in order. Class-style ones live in `test-case.ts`. */
export declare const CALL_HARNESSES: readonly CallHarness[];
/** A harness for extra function names from configuration (`fn=`/`program=` + `specs=`). */
export { keywordHarness } from './adapter';
