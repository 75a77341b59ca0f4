import type { Finding } from '../../decide/findings';
import type { Direction } from '../../model';
import type { Analysis } from '../types';
/**
 * Report-only findings of the signature era: `.is_output`/`.is_input` read
 * on a spec before the harness stamps it (the new TensorSpec raises there),
 * and params the new harness compares although their spec was an input
 * (#1050); the evidence shows whether the golden writes them or compare_fn
 * names them (if neither, the comparison is against zeros).
 */
export declare function migrationWarnings(a: Analysis, after: Map<string, Direction>): Finding[];
