import type { Tree } from 'web-tree-sitter';
import { Edit } from './edits';
/**
 * Checks that an edited text differs from its input exactly as its edits'
 * kinds allow (see `EditKind`): outside the ranges an edit deletes or
 * rewrites, every named node of the input is found again, of the same kind,
 * over the same (shifted) range, and the output's tokens equal the input's,
 * with renamed words (`Out` -> `InOut`, `run_jit` -> `run`) in place; each
 * edit is then checked by the contract of its kind. Returns a description of
 * the first difference, or undefined.
 */
export declare function structuralDifference(inputTree: Tree, input: string, outputTree: Tree, output: string, unsorted: Edit[]): string | undefined;
