import type { AbiCheck } from '../context';
/**
 * The direction (#1019): in the spec era the runner derives one from each
 * spec (not is_output: In; is_output without init_value: Out; with: InOut)
 * and the artifact's param (the source as `fix` leaves it) must equal it,
 * either way. A runner that copies directions from the signature has none
 * to compare.
 */
export declare const directionCheck: AbiCheck;
