import { Tree } from 'web-tree-sitter';
import type { CPythonError } from './python-lexer';
/** The first such error in source order, or undefined. */
export declare function findCompileError(tree: Tree): CPythonError | undefined;
