import { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileResult } from '../run/pipeline';
/** The kind of the "fix all in this file" source action (`source.fixAll.pypto-direction`). */
export declare const FIX_ALL_KIND: string;
/** The comment that keeps a param as it is (see `analyze/entries.ts`). */
export declare const IGNORE_COMMENT = "# pypto-direction: ignore";
/**
 * The code actions for `range` of a document whose analysis is current:
 * per `fix` finding the exact wrapper edit of `fix`, "fix all in this file"
 * (also as the `source.fixAll` action), and per pending param finding
 * "ignore this param". Every edit is verified before it is offered.
 */
export declare function codeActions(doc: TextDocument, res: FileResult, range: Range, diagnostics: Diagnostic[], only: string[] | undefined): Promise<CodeAction[]>;
