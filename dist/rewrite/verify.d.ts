import type { Tree } from 'web-tree-sitter';
import type { Edit } from './edits';
/**
 * Checks that an edited text differs from its input only by the edits'
 * wrapper text: every named node of the input is found again, of the same
 * kind, over the same (shifted) range; and the output's tokens, minus those
 * inside inserted text, equal the input's, with renamed words (`Out` ->
 * `InOut`) in place. Returns a description of the first difference, or
 * undefined.
 */
export declare function structuralDifference(inputTree: Tree, input: string, outputTree: Tree, output: string, unsorted: Edit[]): string | undefined;
