import type { ParamInfo } from '../analyze/entries';
import type { GoldenReading } from '../analyze/golden/reader';
import type { Invocation } from '../analyze/link';
import type { Value } from '../analyze/eval/values';
import type { EntryLink } from './linked';
import type { Analysis } from './types';
/**
 * The static reading of a harness call's golden function, or undefined
 * without one. Read once per function source in an analysis: every path of
 * a harness region makes an invocation of its own, and they share their
 * golden.
 */
export declare function goldenOf(a: Analysis, inv: Invocation): GoldenReading | undefined;
/** The string keys of a `compare_fn=` dict (on any path): names the harness compares. */
export declare function compareKeys(v: Value | undefined): Set<string>;
/** The harness's name for each param of a link: its spec's name (PTOTestCase binds by position), else the param's. */
export declare function harnessNames(link: EntryLink): Map<string, ParamInfo>;
