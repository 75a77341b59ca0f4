import type { Edit } from '../../rewrite/edits';
import type { GoldenBinding } from './harness-calls';
/**
 * The edit making an import of `run_jit` from the golden package name `run`
 * instead (an alias kept): the name renamed; or, where the same name is
 * already bound to `run` by this statement, dropped; or, where another
 * import of the module at the top level or in the same block binds it, the
 * name dropped, or the statement with its line when it named only
 * `run_jit`. Never a duplicate import.
 */
export declare function importEdit(text: string, b: GoldenBinding, all: GoldenBinding[]): Edit | undefined;
