import type { AbiCheck } from '../context';
/** The dtype: the pypto DataType the spec's torch dtype maps to against the annotation's pl dtype, both decided. */
export declare const dtypeCheck: AbiCheck;
