import type { Finding } from '../../decide/findings';
import type { Analysis } from '../types';
/**
 * Spec era, shown with -v: a spec marked output that the golden function
 * never writes (nor compare_fn names), and a golden write to a tensor no
 * spec marks as output. Only goldens read completely are cross-checked.
 * Its findings are warnings only: without them wanted, no golden is read.
 */
export declare function goldenCrossCheck(a: Analysis): Finding[];
