import type { Finding } from './decide/findings';
import { ToolError, ToolErrorCode } from './errors';
import type { FileResult } from './pipeline';
import type { Edit } from './rewrite/edits';

/** A ToolError as plain data. */
export interface StoredError {
  code: ToolErrorCode;
  file?: string;
  detail: string;
  hint?: string;
}

/** A FileResult as plain data (structured-clone and JSON safe). */
export interface StoredFile {
  path: string;
  findings: Finding[];
  edits: Edit[];
  /** Each fix as the index of its finding and its edits. */
  fixes: Array<{ finding: number; edits: Edit[] }>;
  /** Unsafe fixes not applied, likewise. */
  withheld?: Array<{ finding: number; edits: Edit[] }>;
  error?: StoredError;
  original?: { text: string; bom: boolean; bytes: Uint8Array };
  output?: string;
}

/** Plain data for a result; `withText` keeps the source and output (for workers, not the cache). */
export function storeFile(f: FileResult, withText: boolean): StoredFile {
  return {
    path: f.path,
    findings: f.findings,
    edits: f.edits,
    fixes: f.fixes.map((x) => ({ finding: f.findings.indexOf(x.finding), edits: x.edits })),
    ...(f.withheld ? { withheld: f.withheld.map((x) => ({ finding: f.findings.indexOf(x.finding), edits: x.edits })) } : {}),
    ...(f.error ? { error: { code: f.error.code, file: f.error.file, detail: f.error.detail, hint: f.error.hint } } : {}),
    ...(withText && f.original ? { original: f.original } : {}),
    ...(withText && f.output !== undefined ? { output: f.output } : {}),
  };
}

/** The result back from plain data. */
export function loadFile(f: StoredFile): FileResult {
  const res: FileResult = { path: f.path, findings: f.findings, edits: f.edits, fixes: f.fixes.map((x) => ({ finding: f.findings[x.finding], edits: x.edits })) };
  if (f.withheld) res.withheld = f.withheld.map((x) => ({ finding: f.findings[x.finding], edits: x.edits }));
  if (f.error) res.error = new ToolError(f.error.code, f.error.file, f.error.detail, f.error.hint);
  if (f.original) res.original = { ...f.original, bytes: new Uint8Array(f.original.bytes) };
  if (f.output !== undefined) res.output = f.output;
  return res;
}
