import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileResult } from '../run/pipeline';
/**
 * Hover on an entry param's name: its direction now and the one wanted, each
 * finding's message and rule, and the evidence chain (spec, harness, host
 * call) as links.
 */
export declare function hoverAt(doc: TextDocument, res: FileResult, position: Position, cwd: string): Hover | undefined;
