import type { Tree } from 'web-tree-sitter';
import type { Edit } from './edits';
/** Sorts edits and refuses overlapping ones (two insertions at one point are kept in order). */
export declare function sortEdits(edits: Edit[]): Edit[];
/** Applies edits to text in one pass; indices refer to the original text. */
export declare function applyEdits(text: string, edits: Edit[]): string;
/**
 * Applies edits and re-parses the result. A result that does not parse is
 * refused with a {@link ToolError}: it must never be written.
 */
export declare function applyAndVerify(path: string, text: string, edits: Edit[], inputTree?: Tree): Promise<string>;
