import type { Finding } from '../decide/findings';
import { ToolError, ToolErrorCode } from '../errors';
import type { FileResult } from './pipeline';
import type { Edit } from '../rewrite/edits';
import { arrayOf, isIndex, isString, object, optional, Shape } from '../shape';

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

const isEdit: Shape<Edit> = (v): v is Edit =>
  object({ start: isIndex, end: isIndex, text: isString, keyword: optional(object({ start: isIndex, end: isIndex })) })(v) && v.start <= v.end;

/** What every reporter reads of a finding and its evidence (the rest depends on the kind). */
const isFindingLike = object({
  kind: isString,
  path: isString,
  line: isIndex,
  column: isIndex,
  evidence: optional(arrayOf(object({ role: isString, path: isString, line: isIndex, text: isString }))),
}) as unknown as Shape<Finding>;

const isStoredError = object({ code: isString, file: optional(isString), detail: isString, hint: optional(isString) }) as Shape<StoredError>;

/**
 * Whether data read back from disk is a `StoredFile` as `storeFile(f, false)`
 * writes it: without source text, each fix pointing at one of its findings.
 */
export const isStoredFile: Shape<StoredFile> = (v): v is StoredFile =>
  object({ path: isString, findings: arrayOf(isFindingLike), edits: arrayOf(isEdit), fixes: arrayOf(object({ finding: isIndex, edits: arrayOf(isEdit) })), error: optional(isStoredError), original: (x: unknown): x is undefined => x === undefined, output: (x: unknown): x is undefined => x === undefined })(v) &&
  v.fixes.every((x) => x.finding < v.findings.length);
