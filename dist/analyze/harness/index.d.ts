import type { CallHarness } from './adapter';
import { ClassHarness } from './test-case';
export type { CallHarness } from './adapter';
export type { ClassHarness } from './test-case';
export type { BindMode, HarnessBinding } from './binding';
/** Call-style harnesses, tried in order. */
export declare const CALL_HARNESSES: readonly CallHarness[];
/** Class-style harnesses: test-case classes linked per instance. */
export declare const CLASS_HARNESSES: readonly ClassHarness[];
/** A harness for extra function names from configuration (`fn=`/`program=` + `specs=`). */
export { keywordHarness } from './adapter';
