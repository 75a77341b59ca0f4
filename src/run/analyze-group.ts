import * as fs from 'fs';
import * as path from 'path';
import { functionsOf, ParamInfo, PyptoFunction } from '../analyze/entries';
import type { ModuleContext } from '../analyze/eval/module-context';
import { CALL_HARNESSES, CallHarness, keywordHarness } from '../analyze/harness';
import { Invocation, LinkProblem, linkModule } from '../analyze/link';
import { DEFAULT_SPEC_CLASSES, Project } from '../analyze/project';
import { AnalysisSession, type VerifyOutcome } from '../analyze/session';
import type { Edit } from '../rewrite/edits';
import { hashBytes } from './cache';
import { TreeCache, treeCacheDir } from './tree-cache';
import { PyptoSymbols, pyptoSymbols } from '../analyze/pypto-symbols';
import { findHostCalls } from '../decide/host-calls';
import { ToolError } from '../errors';
import { findCompileError } from '../parse/compile-checks';
import { describePythonError } from '../parse/indentation';
import { parseText } from '../parse/module';
import type { WorkCounts } from '../work';
import type { Tree } from 'web-tree-sitter';
import { explanationOnly, type Finding } from '../decide/findings';
import { mayHoldEntries } from '../facts/scan';
import type { AnalyzeOptions, FileResult } from './pipeline';
import { applyAndVerify } from '../rewrite/apply';
import { Analysis, selectRules } from '../rules';
import { classEra, externEra } from '../analyze/eval/era';
import { evalExpr } from '../analyze/eval/expressions';
import { BudgetExceeded, Interp, namedFailure } from '../analyze/eval/interpreter';
import { Scope } from '../analyze/eval/scope';
import { importStatements } from '../analyze/pypto-symbols';
import { runRules } from '../rules/engine';
import { readRunner, type RunnerReading } from '../analyze/golden/runner';
import type { Value } from '../analyze/eval/values';
import type { Node } from '../parse/syntax-tree';

/** What analyzing one group gives back. */
export interface GroupResult {
  files: FileResult[];
  /** Content hash of every file read (analyzed and imported), for the cache. */
  read: Map<string, string>;
  /** Analyzed files of other groups that this group's imports reached. */
  strays: string[];
  /** The work it took. */
  work: WorkCounts;
}

/**
 * Analyzes a group of files together (imports between them and to modules
 * on disk are followed, read-only), decides every entry param, and computes
 * and verifies the edits. Nothing is written. The group's syntax trees are
 * freed before it returns. `elsewhere` are analyzed files of other groups;
 * `session` is what the groups of a run share.
 */
export async function analyzeGroup(files: string[], opts: AnalyzeOptions, roots: string[] | undefined, elsewhere: ReadonlySet<string>, session = new AnalysisSession()): Promise<GroupResult> {
  const project = new Project(roots ?? [...new Set(files.map((f) => path.resolve(path.dirname(f))))], [...DEFAULT_SPEC_CLASSES, ...opts.specClasses], opts.overrides, session);
  const trees = opts.cacheDir ? new TreeCache(treeCacheDir(opts.cacheDir)) : undefined;
  project.trees = trees;
  // a language server's buffer parsed now is likely the file with edits to check: its tree-sitter tree is kept for that
  const buffers = session.retain ? opts.overrides : undefined;
  if (buffers) project.keepWasmTree = (file) => buffers.has(path.resolve(file));
  try {
    const result = await analyzeIn(project, files, opts, elsewhere, session);
    // nothing will show or store what only explains (check and fix without a cache): not kept
    // past its group, so a run's memory does not grow with every param of the tree
    if (opts.explanations === false && !opts.cacheDir) for (const f of result.files) f.findings = f.findings.filter((x) => !explanationOnly(x));
    return result;
  } finally {
    project.freeWasmTrees();
  }
}

async function analyzeIn(project: Project, files: string[], opts: AnalyzeOptions, elsewhere: ReadonlySet<string>, session: AnalysisSession): Promise<GroupResult> {
  const results = new Map<string, FileResult>();
  const read = new Map<string, string>();
  const analyzed = new Map<string, ModuleContext>();
  const own = new Set(files.map((f) => path.resolve(f)));
  project.work.groups++;
  const stopIfAborted = async () => {
    if (!opts.signal) return;
    await new Promise(setImmediate); // let the editor's messages in: they may abort this run
    if (!opts.signal.aborted) return;
    opts.signal.throwIfAborted(); // superseded (the editor changed a file): return nothing
  };
  for (const file of files) {
    await stopIfAborted();
    const res: FileResult = { path: file, findings: [], edits: [], fixes: [] };
    results.set(file, res);
    const abs = path.resolve(file);
    try {
      const bytes = opts.overrides?.get(abs) ?? readBytes(file);
      read.set(abs, hashBytes(bytes));
      const parsed = await project.parseAnalyzed(file, bytes);
      res.original = { text: parsed.source.text, bom: parsed.source.bom, bytes };
      analyzed.set(file, project.add(parsed));
    } catch (e) {
      if (!(e instanceof ToolError)) throw e;
      res.error = e;
    }
  }
  await project.preloadImports([...analyzed.values()]);
  await stopIfAborted();

  const contexts = new Map<string, ModuleContext>();
  for (const ctx of project.all()) contexts.set(ctx.path, ctx);
  const symbols = new Map<string, PyptoSymbols>();
  const functions: PyptoFunction[] = [];
  for (const ctx of contexts.values()) {
    const sym = pyptoSymbols(ctx.parsed.tree.rootNode, ctx.parsed.source.text);
    symbols.set(ctx.path, sym);
    functions.push(...functionsOf(ctx.parsed, sym));
  }

  const harnesses: CallHarness[] = [...CALL_HARNESSES];
  if (opts.harnessFunctions.length) harnesses.push(keywordHarness('custom', opts.harnessFunctions, ['fn', 'program'], ['specs', 'tensor_specs']));
  const invocations: Invocation[] = [];
  const problems: LinkProblem[] = [];
  const directionReads: Analysis['directionReads'] = [];
  for (const ctx of analyzed.values()) {
    await stopIfAborted();
    try {
      const linked = linkModule(project, ctx, harnesses);
      invocations.push(...linked.invocations);
      problems.push(...linked.problems);
      directionReads.push(...linked.directionReads);
    } catch (e) {
      // pathological input can exhaust the stack or V8's sizes outside any region: that module's harnesses stay unlinked
      const failure = namedFailure(e);
      if (!failure) throw e;
      problems.push({ site: { path: ctx.path, node: ctx.parsed.tree.rootNode }, why: `not analyzed: ${failure.why}` });
    }
  }
  await stopIfAborted();
  const hostCalls = findHostCalls(project, contexts, functions);
  const paramsAt = new Map<string, ParamInfo>();
  for (const fn of functions) for (const p of fn.params) paramsAt.set(`${fn.module.path}:${p.name}:${p.line}:${p.node.startPosition.column + 1}`, p);
  const valueAt = valueIn(project, contexts);
  const analysis: Analysis = {
    functions,
    invocations,
    problems,
    hostCalls,
    evidence: opts.evidence,
    era: opts.era ?? 'auto',
    warnings: opts.warnings !== false,
    symbols,
    directionReads,
    specClassNames: project.specClassNames,
    modules: [...analyzed.values()].map((ctx) => ({ path: ctx.path, root: ctx.parsed.tree.rootNode, text: ctx.parsed.source.text })),
    eraAt: calleeEra(valueAt),
    runnerOf: runnerOf(valueAt),
    importsAt: importsIn(project, contexts),
    paramAt: (p, name, line, column) => paramsAt.get(`${p}:${name}:${line}:${column}`),
    memo: new Map(),
    keptReadings: session.readings,
    unsafeFixes: !!opts.unsafeFixes,
    moduleNames: moduleNamesIn(project, contexts),
    work: project.work,
  };
  const { findings, fixes } = runRules(analysis, opts.rules ?? selectRules({}));
  const fixOf = new Map(fixes.map((x) => [x.finding, x]));
  for (const f of findings) {
    const res = results.get(f.path);
    if (!res) continue; // a finding in an imported module outside the given paths
    res.findings.push(f);
    const fix = fixOf.get(f);
    if (!fix || !fix.edits.length) continue;
    f.applicability = fix.applicability;
    // an unsafe fix is named but not applied without --unsafe-fixes: it stays pending
    if (fix.applicability === 'unsafe' && !opts.unsafeFixes) {
      f.withheld = true;
      (res.withheld ??= []).push({ finding: f, edits: fix.edits });
      continue;
    }
    res.edits.push(...fix.edits);
    res.fixes.push({ finding: f, edits: fix.edits });
  }
  for (const res of results.values()) {
    res.findings.sort((a, b) => a.line - b.line || a.column - b.column);
    if (!res.edits.length || !res.original) continue;
    // the same text with the same edits was checked before in this session: its outcome holds
    const key = verifyKey(res.path, res.original.text, res.edits);
    let outcome = session.verified.get(key);
    if (!outcome) {
      // the checks read tree-sitter's own tree, independent of the compact one: kept from this run's parse, else parsed again
      const parsed = analyzed.get(res.path)?.parsed;
      let tree = parsed && project.takeWasmTree(parsed);
      if (!tree) {
        project.work.filesParsed++;
        tree = await parseText(res.original.text);
      }
      try {
        outcome = await checkEdits(res.path, res.original.text, res.edits, tree);
      } finally {
        tree.delete();
      }
      session.remember(key, outcome);
    }
    applyOutcome(res, outcome, fixOf);
  }
  const strays: string[] = [];
  for (const ctx of project.all()) {
    const abs = path.resolve(ctx.path);
    if (!read.has(abs)) read.set(abs, hashBytes(ctx.parsed.bytes));
    if (elsewhere.has(abs) && !own.has(abs) && mayHoldEntries(ctx.parsed.source.text)) strays.push(abs);
    project.work.nodesMaterialized += ctx.parsed.tree.takeMaterialized();
  }
  session.trimLibraries(64); // no tree of this group is in use any more
  session.trimReadings();
  for (const res of results.values()) {
    // the source is only needed where there is something to write or show
    if (res.original && !res.edits.length && !res.withheld?.length) delete res.original;
  }
  return { files: [...results.values()], read, strays, work: project.work };
}

/** What identifies one check of a file's edits: its path, its text and the edits (a pure function of these). */
function verifyKey(file: string, text: string, edits: Edit[]): string {
  return `${path.resolve(file)}\0${hashBytes(Buffer.from(text, 'utf8'))}\0${JSON.stringify(edits)}`;
}

/**
 * Refuses the edits of a file CPython's compiler would refuse (one query, on
 * the files about to change, where it matters), else applies and verifies them.
 */
async function checkEdits(file: string, text: string, edits: Edit[], tree: Tree): Promise<VerifyOutcome> {
  const compileError = findCompileError(tree);
  if (compileError) {
    const { line, column } = compileError;
    return { kind: 'refused', error: new ToolError('parse-error', file, `:${line}:${column}: ${describePythonError(compileError)}; file not edited`, 'fix the syntax first; the file is left untouched') };
  }
  try {
    return { kind: 'ok', output: await applyAndVerify(file, text, edits, tree) };
  } catch (e) {
    if (!(e instanceof ToolError)) throw e;
    return { kind: 'failed', error: e };
  }
}

/** Puts the outcome of checking a file's edits into its result. */
function applyOutcome(res: FileResult, outcome: VerifyOutcome, fixOf: Map<Finding, unknown>): void {
  if (outcome.kind === 'ok') {
    res.output = outcome.output;
    return;
  }
  res.error = outcome.error;
  res.edits = [];
  res.fixes = [];
  delete res.withheld;
  res.findings = outcome.kind === 'refused' ? [] : res.findings.filter((f) => !fixOf.has(f));
}

/**
 * Evaluates an expression of a module (a spec call's callee, a harness
 * call's callee) with the module's globals and
 * the file's imports (also local ones), never running a call.
 */
function valueIn(project: Project, contexts: Map<string, ModuleContext>): (file: string, node: Node) => Value | undefined {
  const interp = new Interp(project);
  const scopes = new Map<string, Scope>();
  return (file, node) => {
    const ctx = contexts.get(file);
    if (!ctx) return undefined;
    try {
      interp.steps = 0;
      interp.cells = 0;
      interp.ensureModule(ctx);
      let scope = scopes.get(file);
      if (!scope) {
        scope = new Scope(ctx, 'function', ctx.globals);
        for (const stmt of importStatements(ctx.parsed.tree.rootNode, ctx.parsed.source.text)) interp.execStmt(stmt, scope, { returns: [], extraUncertain: 0 });
        scopes.set(file, scope);
      }
      return evalExpr(interp, node, scope);
    } catch (e) {
      if (!(e instanceof BudgetExceeded) && !namedFailure(e)) throw e;
    }
    return undefined;
  };
}

/** The era of a spec call found by syntax (not evaluated for any harness): its class, resolved in its file. */
function calleeEra(valueAt: (file: string, node: Node) => Value | undefined): Analysis['eraAt'] {
  return (file, callee) => {
    const v = valueAt(file, callee);
    if (v?.k === 'class') return classEra(v.def, v.mod.path, v.name);
    if (v?.k === 'extern') return externEra(v.name, true); // asked only for calls that pass is_output=
    return undefined;
  };
}

/** The runner each harness call resolves to, read once per call site. */
function runnerOf(valueAt: (file: string, node: Node) => Value | undefined): Analysis['runnerOf'] {
  const memo = new Map<string, RunnerReading>();
  return (inv) => {
    const key = `${inv.site.path}:${inv.site.node.startIndex}`;
    let reading = memo.get(key);
    if (reading) return reading;
    const callee = inv.site.node.type === 'call' ? inv.site.node.childForFieldName('function') : null;
    if (inv.binding.knownRunner) reading = { kind: 'none', checks: new Set(), why: inv.binding.knownRunner };
    else if (!callee) reading = { kind: 'unread', checks: new Set(), why: `${inv.harness}: its runner cannot be found` };
    else reading = readRunner(valueAt(inv.site.path, callee) ?? { k: 'unknown', why: 'its callee cannot be evaluated' }, inv.harness);
    memo.set(key, reading);
    return reading;
  };
}

/** The names a module binds (its top level evaluated, never run), resolved as an import from a file. */
function moduleNamesIn(project: Project, contexts: Map<string, ModuleContext>): Analysis['moduleNames'] {
  const interp = new Interp(project);
  return (file, dotted) => {
    const from = contexts.get(file);
    const mod = from && project.resolveImport(from, dotted, 0);
    if (!mod) return undefined;
    try {
      interp.steps = 0;
      interp.ensureModule(mod);
    } catch (e) {
      if (!(e instanceof BudgetExceeded)) throw e;
    }
    return { path: mod.path, names: mod.globals.vars };
  };
}

/** What an import statement (e.g. inside a golden function) binds, in a scratch scope of its module. */
function importsIn(project: Project, contexts: Map<string, ModuleContext>): Analysis['importsAt'] {
  const interp = new Interp(project);
  return (file, stmt) => {
    const ctx = contexts.get(file);
    if (!ctx) return new Map();
    const scope = new Scope(ctx, 'function', ctx.globals);
    try {
      interp.steps = 0;
      interp.cells = 0;
      interp.execStmt(stmt, scope, { returns: [], extraUncertain: 0 });
    } catch (e) {
      if (!(e instanceof BudgetExceeded) && !namedFailure(e)) throw e;
    }
    return scope.vars;
  };
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
