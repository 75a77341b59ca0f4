import type { Node } from 'web-tree-sitter';
import type { Edit } from './edits';
/**
 * The edit deleting one keyword argument (`is_output=...`) of a call, as
 * little as possible: the argument and its separating comma. A line that
 * holds only the argument goes whole; comments on or inside it stay, each
 * as a line of its own at the argument's indentation. The edit is marked
 * with the argument's range so the verifier can check exactly that.
 * Undefined when a comment inside an argument that shares its line could
 * not be kept. As `harness-drop` (a `runtime_cfg=` merged into `config=`),
 * the comments inside the argument move with its keys and are not kept here.
 */
export declare function deleteKeywordEdit(text: string, kw: Node, kind?: 'delete-keyword' | 'harness-drop'): Edit | undefined;
