import type { AbiCheck } from '../context';
/**
 * The shape, where both sides are decided: a dim that is dynamic, symbolic
 * or undecided on either side accepts anything (as the runtime's -1 does);
 * a rank that differs never does. Packed dtypes (FP4) are not compared.
 */
export declare const shapeCheck: AbiCheck;
