/**
 * Library API of pypto-direction: analyze PyPTO sources, compute the
 * direction edits their golden specs require, and apply them.
 */
export { analyzeFiles, analyzePaths, DEFAULT_OPTIONS } from './run/pipeline';
export type { AnalysisResult, AnalyzeOptions, FileResult } from './run/pipeline';
export type { Applicability, Finding, FindingKind, EvidenceItem, UnresolvedReason } from './decide/findings';
export { isEditFinding, isPending, PENDING_KINDS, WARNING_KINDS } from './decide/findings';
export { applyEdits, applyAndVerify, sortEdits } from './rewrite/apply';
export type { Edit, EditKind } from './rewrite/edits';
export { writeAtomic } from './rewrite/write';
export { main } from './cli/main';
export type { CliIO } from './cli/main';
export type { Direction } from './model';
export { ToolError } from './errors';
