import * as fs from 'fs';
import * as path from 'path';
import { findFunctions, ParamInfo, PyptoFunction } from './analyze/entries';
import type { ModuleContext } from './analyze/eval/module-context';
import { CALL_HARNESSES, CallHarness, keywordHarness } from './analyze/harness';
import { Invocation, LinkProblem, linkModule } from './analyze/link';
import { Project, DEFAULT_SPEC_CLASSES } from './analyze/project';
import { PyptoSymbols, pyptoSymbols } from './analyze/pypto-symbols';
import { decide, EvidenceMode } from './decide/decide';
import type { Finding } from './decide/findings';
import { findHostCalls } from './decide/host-calls';
import { discover } from './discover/discover';
import { ToolError } from './errors';
import { parseModule } from './parse/module';
import { applyAndVerify, applyEdits } from './rewrite/apply';
import { ResultCache, runKey } from './cache';
import { directionEdits, Edit } from './rewrite/edits';

/** Options of an analysis run (the CLI's flags map onto these). */
export interface AnalyzeOptions {
  /** `all`: every spec built while evaluating `specs=`; `final`: only the list passed. */
  evidence: EvidenceMode;
  respectGitignore: boolean;
  /** Extra class/function names that build a golden spec. */
  specClasses: string[];
  /** Extra harness function names taking `fn=`/`program=` and `specs=`. */
  harnessFunctions: string[];
  /** Globs for directory walks (see `discover`), relative to `configDir`. */
  include?: string[];
  exclude?: string[];
  configDir?: string;
  /** Contents to use instead of reading the file (stdin mode), by resolved path. */
  overrides?: Map<string, Uint8Array>;
  /** Called as files are parsed: (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Directory of the result cache; undefined disables it. */
  cacheDir?: string;
}

export const DEFAULT_OPTIONS: AnalyzeOptions = { evidence: 'all', respectGitignore: true, specClasses: [], harnessFunctions: [] };

/** The outcome for one analyzed file. */
export interface FileResult {
  path: string;
  findings: Finding[];
  edits: Edit[];
  /** Each `fix` finding with the edits that make it (for interactive review). */
  fixes: Array<{ finding: Finding; edits: Edit[] }>;
  /** Source text (BOM stripped) and whether it had a BOM. */
  original?: { text: string; bom: boolean; bytes: Uint8Array };
  /** The fixed text, when there are edits. */
  output?: string;
  error?: ToolError;
}

/** The outcome of a run over a set of paths. */
export interface AnalysisResult {
  files: FileResult[];
  /** Problems with given paths that are not files (missing, unreadable). */
  errors: ToolError[];
}

/** Discovers Python files under `paths` and analyzes them. */
export async function analyzePaths(paths: string[], options: Partial<AnalyzeOptions> = {}): Promise<AnalysisResult> {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const found = discover(paths, { respectGitignore: opts.respectGitignore, include: opts.include, exclude: opts.exclude, base: opts.configDir });
  const roots = paths.filter((p) => fs.existsSync(p)).map((p) => path.resolve(fs.statSync(p).isDirectory() ? p : path.dirname(p)));
  const result = await analyzeFiles(found.files, opts, roots);
  result.errors.unshift(...found.errors);
  return result;
}

/**
 * Analyzes the given files together (imports between them and to modules on
 * disk are followed, read-only), decides every entry param, and computes and
 * verifies the edits. Nothing is written.
 */
export async function analyzeFiles(files: string[], options: Partial<AnalyzeOptions> = {}, roots?: string[]): Promise<AnalysisResult> {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const cache = opts.cacheDir && !opts.overrides ? new ResultCache(opts.cacheDir) : undefined;
  const key = runKey(files, { evidence: opts.evidence, specClasses: opts.specClasses, harnessFunctions: opts.harnessFunctions, roots });
  const hit = cache?.lookup(key, tryRead);
  if (hit) {
    // edits were verified when stored; the files hash the same, so they apply as they are
    for (const f of hit.files) if (f.original && f.edits.length) f.output = applyEdits(f.original.text, f.edits);
    return hit;
  }
  const result = await analyzeCold(files, opts, roots);
  cache?.store(key, result.result, result.read);
  return result.result;
}

async function analyzeCold(files: string[], opts: AnalyzeOptions, roots?: string[]): Promise<{ result: AnalysisResult; read: Map<string, Uint8Array> }> {
  const project = new Project(roots ?? [...new Set(files.map((f) => path.resolve(path.dirname(f))))], [...DEFAULT_SPEC_CLASSES, ...opts.specClasses]);
  const results = new Map<string, FileResult>();
  const read = new Map<string, Uint8Array>();
  const analyzed = new Map<string, ModuleContext>();
  let done = 0;
  for (const file of files) {
    const res: FileResult = { path: file, findings: [], edits: [], fixes: [] };
    results.set(file, res);
    opts.onProgress?.(done++, files.length);
    try {
      const bytes = opts.overrides?.get(path.resolve(file)) ?? readBytes(file);
      read.set(path.resolve(file), bytes);
      const parsed = await parseModule(file, bytes);
      res.original = { text: parsed.source.text, bom: parsed.source.bom, bytes };
      analyzed.set(file, project.add(parsed));
    } catch (e) {
      if (!(e instanceof ToolError)) throw e;
      res.error = e;
    }
  }
  await project.preloadImports([...analyzed.values()]);

  const contexts = new Map<string, ModuleContext>();
  for (const ctx of project.all()) contexts.set(ctx.path, ctx);
  const symbols = new Map<string, PyptoSymbols>();
  const functions: PyptoFunction[] = [];
  for (const ctx of contexts.values()) {
    const sym = pyptoSymbols(ctx.parsed.tree.rootNode, ctx.parsed.source.text);
    symbols.set(ctx.path, sym);
    functions.push(...findFunctions(ctx.parsed, sym));
  }

  const harnesses: CallHarness[] = [...CALL_HARNESSES];
  if (opts.harnessFunctions.length) harnesses.push(keywordHarness('custom', opts.harnessFunctions, ['fn', 'program'], ['specs', 'tensor_specs']));
  const invocations: Invocation[] = [];
  const problems: LinkProblem[] = [];
  for (const ctx of analyzed.values()) {
    const linked = linkModule(project, ctx, harnesses);
    invocations.push(...linked.invocations);
    problems.push(...linked.problems);
  }
  const hostCalls = findHostCalls(project, contexts, functions);
  const findings = decide(functions, invocations, problems, hostCalls, opts.evidence);

  const paramsAt = new Map<string, ParamInfo>();
  for (const fn of functions) for (const p of fn.params) paramsAt.set(`${fn.module.path}:${p.name}:${p.line}:${p.node.startPosition.column + 1}`, p);
  for (const f of findings) {
    const res = results.get(f.path);
    if (!res) continue; // a finding in an imported module outside the given paths
    if (f.kind !== 'fix') {
      res.findings.push(f);
      continue;
    }
    const param = paramsAt.get(`${f.path}:${f.param}:${f.line}:${f.column}`)!;
    const edits = directionEdits(param, f.to, symbols.get(f.path)!);
    if (!edits) {
      res.findings.push({ kind: 'unresolved', path: f.path, line: f.line, column: f.column, entry: f.entry, param: f.param, reason: 'no-spelling', from: f.from, detail: `no pypto.language alias or ${f.to} import to spell the wrapper`, evidence: f.evidence });
      continue;
    }
    res.findings.push(f);
    res.edits.push(...edits);
    res.fixes.push({ finding: f, edits });
  }
  for (const res of results.values()) {
    res.findings.sort((a, b) => a.line - b.line || a.column - b.column);
    if (!res.edits.length || !res.original) continue;
    try {
      res.output = await applyAndVerify(res.path, res.original.text, res.edits);
    } catch (e) {
      if (!(e instanceof ToolError)) throw e;
      res.error = e;
      res.edits = [];
      res.fixes = [];
      res.findings = res.findings.filter((f) => f.kind !== 'fix');
    }
  }
  for (const ctx of project.all()) read.set(path.resolve(ctx.path), ctx.parsed.bytes);
  return { result: { files: [...results.values()], errors: [] }, read };
}

function tryRead(file: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function readBytes(file: string): Uint8Array {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new ToolError('unreadable', file, 'is a directory');
    return fs.readFileSync(file);
  } catch (e) {
    if (e instanceof ToolError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ToolError(code === 'ENOENT' ? 'not-found' : 'unreadable', file, `cannot read (${code ?? 'error'})`);
  }
}
