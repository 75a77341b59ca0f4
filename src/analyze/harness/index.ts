import type { CallHarness } from './adapter';
import { runFn } from './run-fn';
import { runJit } from './run-jit';
import { runProgram } from './run-program';
import { ClassHarness, ptoTestCase } from './test-case';

export type { CallHarness } from './adapter';
export type { ClassHarness } from './test-case';
export type { BindMode, HarnessBinding } from './binding';

/** Call-style harnesses, tried in order. */
export const CALL_HARNESSES: readonly CallHarness[] = [runJit, runProgram, runFn];

/** Class-style harnesses: test-case classes linked per instance. */
export const CLASS_HARNESSES: readonly ClassHarness[] = [ptoTestCase];

/** A harness for extra function names from configuration (`fn=`/`program=` + `specs=`). */
export { keywordHarness } from './adapter';
