import type { Finding } from '../../decide/findings';
import type { Direction } from '../../model';
import type { Analysis } from '../types';
/**
 * Report-only findings of the signature era: `.is_output`/`.is_input` read
 * on a spec before the harness stamps it (the new TensorSpec raises there),
 * and params the new harness compares although their spec was an input and
 * the golden neither writes them nor does compare_fn name them (#1050).
 */
export declare function migrationWarnings(a: Analysis, after: Map<string, Direction>): Finding[];
