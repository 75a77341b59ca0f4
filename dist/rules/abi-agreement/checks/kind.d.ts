import type { AbiCheck } from '../context';
/** The kind: a ScalarSpec meant for a tensor param, or a TensorSpec for a Scalar param. */
export declare const kindCheck: AbiCheck;
