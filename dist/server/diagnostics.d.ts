import { Diagnostic, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../decide/findings';
import type { ToolError } from '../errors';
import type { FileResult } from '../run/pipeline';
/** The `source` of every diagnostic this server publishes. */
export declare const SOURCE = "pypto-direction";
/** A `file:` URI for a path as the analysis names it (relative to the server's cwd). */
export declare function uriOf(file: string): string;
/** The range a finding points at: the param's name, else its line from the reported column. */
export declare function findingRange(f: Finding, doc: TextDocument): Range;
/** The diagnostic of a file that could not be analyzed (syntax error, unreadable, too large). */
export declare function errorDiagnostic(error: ToolError): Diagnostic;
/**
 * The diagnostics of one analyzed file: pending findings as warnings (or
 * errors, per `server-severity`), report-only ones as information, suppressed
 * ones as hints; the finding kind is the code and its evidence chain the
 * related information.
 */
export declare function diagnosticsOf(res: FileResult, doc: TextDocument, pending: 'warning' | 'error'): Diagnostic[];
