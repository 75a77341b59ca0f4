import type { AbiCheck } from '../context';
/**
 * The order: an exact list naming exactly the entry's params, in another
 * order. The runner compiles by place (every level) and dispatches an L2
 * entry by place, so a misplaced spec gives its shape, dtype and tensor to
 * another param; an L3 host is dispatched by name.
 */
export declare const orderCheck: AbiCheck;
