"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeGroup = analyzeGroup;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const entries_1 = require("../analyze/entries");
const harness_1 = require("../analyze/harness");
const link_1 = require("../analyze/link");
const project_1 = require("../analyze/project");
const session_1 = require("../analyze/session");
const cache_1 = require("./cache");
const tree_cache_1 = require("./tree-cache");
const pypto_symbols_1 = require("../analyze/pypto-symbols");
const host_calls_1 = require("../decide/host-calls");
const errors_1 = require("../errors");
const compile_checks_1 = require("../parse/compile-checks");
const indentation_1 = require("../parse/indentation");
const module_1 = require("../parse/module");
const findings_1 = require("../decide/findings");
const scan_1 = require("../facts/scan");
const apply_1 = require("../rewrite/apply");
const rules_1 = require("../rules");
const era_1 = require("../analyze/eval/era");
const expressions_1 = require("../analyze/eval/expressions");
const interpreter_1 = require("../analyze/eval/interpreter");
const scope_1 = require("../analyze/eval/scope");
const pypto_symbols_2 = require("../analyze/pypto-symbols");
const engine_1 = require("../rules/engine");
const runner_1 = require("../analyze/golden/runner");
/**
 * Analyzes a group of files together (imports between them and to modules
 * on disk are followed, read-only), decides every entry param, and computes
 * and verifies the edits. Nothing is written. The group's syntax trees are
 * freed before it returns. `elsewhere` are analyzed files of other groups;
 * `session` is what the groups of a run share.
 */
async function analyzeGroup(files, opts, roots, elsewhere, session = new session_1.AnalysisSession()) {
    const project = new project_1.Project(roots ?? [...new Set(files.map((f) => path.resolve(path.dirname(f))))], [...project_1.DEFAULT_SPEC_CLASSES, ...opts.specClasses], opts.overrides, session);
    const trees = opts.cacheDir ? new tree_cache_1.TreeCache((0, tree_cache_1.treeCacheDir)(opts.cacheDir)) : undefined;
    project.trees = trees;
    // a language server's buffer parsed now is likely the file with edits to check: its tree-sitter tree is kept for that
    const buffers = session.retain ? opts.overrides : undefined;
    if (buffers)
        project.keepWasmTree = (file) => buffers.has(path.resolve(file));
    try {
        const result = await analyzeIn(project, files, opts, elsewhere, session);
        // nothing will show or store what only explains (check and fix without a cache): not kept
        // past its group, so a run's memory does not grow with every param of the tree
        if (opts.explanations === false && !opts.cacheDir)
            for (const f of result.files)
                f.findings = f.findings.filter((x) => !(0, findings_1.explanationOnly)(x));
        return result;
    }
    finally {
        project.freeWasmTrees();
    }
}
async function analyzeIn(project, files, opts, elsewhere, session) {
    const results = new Map();
    const read = new Map();
    const analyzed = new Map();
    const own = new Set(files.map((f) => path.resolve(f)));
    project.work.groups++;
    const stopIfAborted = async () => {
        if (!opts.signal)
            return;
        await new Promise(setImmediate); // let the editor's messages in: they may abort this run
        if (!opts.signal.aborted)
            return;
        opts.signal.throwIfAborted(); // superseded (the editor changed a file): return nothing
    };
    for (const file of files) {
        await stopIfAborted();
        const res = { path: file, findings: [], edits: [], fixes: [] };
        results.set(file, res);
        const abs = path.resolve(file);
        try {
            const bytes = opts.overrides?.get(abs) ?? readBytes(file);
            read.set(abs, (0, cache_1.hashBytes)(bytes));
            const parsed = await project.parseAnalyzed(file, bytes);
            res.original = { text: parsed.source.text, bom: parsed.source.bom, bytes };
            analyzed.set(file, project.add(parsed));
        }
        catch (e) {
            if (!(e instanceof errors_1.ToolError))
                throw e;
            res.error = e;
        }
    }
    await project.preloadImports([...analyzed.values()]);
    await stopIfAborted();
    const contexts = new Map();
    for (const ctx of project.all())
        contexts.set(ctx.path, ctx);
    const symbols = new Map();
    const functions = [];
    for (const ctx of contexts.values()) {
        const sym = (0, pypto_symbols_1.pyptoSymbols)(ctx.parsed.tree.rootNode, ctx.parsed.source.text);
        symbols.set(ctx.path, sym);
        functions.push(...(0, entries_1.functionsOf)(ctx.parsed, sym));
    }
    const harnesses = [...harness_1.CALL_HARNESSES];
    if (opts.harnessFunctions.length)
        harnesses.push((0, harness_1.keywordHarness)('custom', opts.harnessFunctions, ['fn', 'program'], ['specs', 'tensor_specs']));
    const invocations = [];
    const problems = [];
    const directionReads = [];
    for (const ctx of analyzed.values()) {
        await stopIfAborted();
        try {
            const linked = (0, link_1.linkModule)(project, ctx, harnesses);
            invocations.push(...linked.invocations);
            problems.push(...linked.problems);
            directionReads.push(...linked.directionReads);
        }
        catch (e) {
            // pathological input can exhaust the stack or V8's sizes outside any region: that module's harnesses stay unlinked
            const failure = (0, interpreter_1.namedFailure)(e);
            if (!failure)
                throw e;
            problems.push({ site: { path: ctx.path, node: ctx.parsed.tree.rootNode }, why: `not analyzed: ${failure.why}` });
        }
    }
    await stopIfAborted();
    const hostCalls = (0, host_calls_1.findHostCalls)(project, contexts, functions);
    const paramsAt = new Map();
    for (const fn of functions)
        for (const p of fn.params)
            paramsAt.set(`${fn.module.path}:${p.name}:${p.line}:${p.node.startPosition.column + 1}`, p);
    const valueAt = valueIn(project, contexts);
    const analysis = {
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
    const { findings, fixes } = (0, engine_1.runRules)(analysis, opts.rules ?? (0, rules_1.selectRules)({}));
    const fixOf = new Map(fixes.map((x) => [x.finding, x]));
    for (const f of findings) {
        const res = results.get(f.path);
        if (!res)
            continue; // a finding in an imported module outside the given paths
        res.findings.push(f);
        const fix = fixOf.get(f);
        if (!fix || !fix.edits.length)
            continue;
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
        if (!res.edits.length || !res.original)
            continue;
        // the same text with the same edits was checked before in this session: its outcome holds
        const key = verifyKey(res.path, res.original.text, res.edits);
        let outcome = session.verified.get(key);
        if (!outcome) {
            // the checks read tree-sitter's own tree, independent of the compact one: kept from this run's parse, else parsed again
            const parsed = analyzed.get(res.path)?.parsed;
            let tree = parsed && project.takeWasmTree(parsed);
            if (!tree) {
                project.work.filesParsed++;
                tree = await (0, module_1.parseText)(res.original.text);
            }
            try {
                outcome = await checkEdits(res.path, res.original.text, res.edits, tree);
            }
            finally {
                tree.delete();
            }
            session.remember(key, outcome);
        }
        applyOutcome(res, outcome, fixOf);
    }
    const strays = [];
    for (const ctx of project.all()) {
        const abs = path.resolve(ctx.path);
        if (!read.has(abs))
            read.set(abs, (0, cache_1.hashBytes)(ctx.parsed.bytes));
        if (elsewhere.has(abs) && !own.has(abs) && (0, scan_1.mayHoldEntries)(ctx.parsed.source.text))
            strays.push(abs);
        project.work.nodesMaterialized += ctx.parsed.tree.takeMaterialized();
    }
    session.trimLibraries(64); // no tree of this group is in use any more
    session.trimReadings();
    for (const res of results.values()) {
        // the source is only needed where there is something to write or show
        if (res.original && !res.edits.length && !res.withheld?.length)
            delete res.original;
    }
    return { files: [...results.values()], read, strays, work: project.work };
}
/** What identifies one check of a file's edits: its path, its text and the edits (a pure function of these). */
function verifyKey(file, text, edits) {
    return `${path.resolve(file)}\0${(0, cache_1.hashBytes)(Buffer.from(text, 'utf8'))}\0${JSON.stringify(edits)}`;
}
/**
 * Refuses the edits of a file CPython's compiler would refuse (one query, on
 * the files about to change, where it matters), else applies and verifies them.
 */
async function checkEdits(file, text, edits, tree) {
    const compileError = (0, compile_checks_1.findCompileError)(tree);
    if (compileError) {
        const { line, column } = compileError;
        return { kind: 'refused', error: new errors_1.ToolError('parse-error', file, `:${line}:${column}: ${(0, indentation_1.describePythonError)(compileError)}; file not edited`, 'fix the syntax first; the file is left untouched') };
    }
    try {
        return { kind: 'ok', output: await (0, apply_1.applyAndVerify)(file, text, edits, tree) };
    }
    catch (e) {
        if (!(e instanceof errors_1.ToolError))
            throw e;
        return { kind: 'failed', error: e };
    }
}
/** Puts the outcome of checking a file's edits into its result. */
function applyOutcome(res, outcome, fixOf) {
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
function valueIn(project, contexts) {
    const interp = new interpreter_1.Interp(project);
    const scopes = new Map();
    return (file, node) => {
        const ctx = contexts.get(file);
        if (!ctx)
            return undefined;
        try {
            interp.steps = 0;
            interp.cells = 0;
            interp.ensureModule(ctx);
            let scope = scopes.get(file);
            if (!scope) {
                scope = new scope_1.Scope(ctx, 'function', ctx.globals);
                for (const stmt of (0, pypto_symbols_2.importStatements)(ctx.parsed.tree.rootNode, ctx.parsed.source.text))
                    interp.execStmt(stmt, scope, { returns: [], extraUncertain: 0 });
                scopes.set(file, scope);
            }
            return (0, expressions_1.evalExpr)(interp, node, scope);
        }
        catch (e) {
            if (!(e instanceof interpreter_1.BudgetExceeded) && !(0, interpreter_1.namedFailure)(e))
                throw e;
        }
        return undefined;
    };
}
/** The era of a spec call found by syntax (not evaluated for any harness): its class, resolved in its file. */
function calleeEra(valueAt) {
    return (file, callee) => {
        const v = valueAt(file, callee);
        if (v?.k === 'class')
            return (0, era_1.classEra)(v.def, v.mod.path, v.name);
        if (v?.k === 'extern')
            return (0, era_1.externEra)(v.name, true); // asked only for calls that pass is_output=
        return undefined;
    };
}
/** The runner each harness call resolves to, read once per call site. */
function runnerOf(valueAt) {
    const memo = new Map();
    return (inv) => {
        const key = `${inv.site.path}:${inv.site.node.startIndex}`;
        let reading = memo.get(key);
        if (reading)
            return reading;
        const callee = inv.site.node.type === 'call' ? inv.site.node.childForFieldName('function') : null;
        if (inv.binding.knownRunner)
            reading = { kind: 'none', checks: new Set(), why: inv.binding.knownRunner };
        else if (!callee)
            reading = { kind: 'unread', checks: new Set(), why: `${inv.harness}: its runner cannot be found` };
        else
            reading = (0, runner_1.readRunner)(valueAt(inv.site.path, callee) ?? { k: 'unknown', why: 'its callee cannot be evaluated' }, inv.harness);
        memo.set(key, reading);
        return reading;
    };
}
/** The names a module binds (its top level evaluated, never run), resolved as an import from a file. */
function moduleNamesIn(project, contexts) {
    const interp = new interpreter_1.Interp(project);
    return (file, dotted) => {
        const from = contexts.get(file);
        const mod = from && project.resolveImport(from, dotted, 0);
        if (!mod)
            return undefined;
        try {
            interp.steps = 0;
            interp.ensureModule(mod);
        }
        catch (e) {
            if (!(e instanceof interpreter_1.BudgetExceeded))
                throw e;
        }
        return { path: mod.path, names: mod.globals.vars };
    };
}
/** What an import statement (e.g. inside a golden function) binds, in a scratch scope of its module. */
function importsIn(project, contexts) {
    const interp = new interpreter_1.Interp(project);
    return (file, stmt) => {
        const ctx = contexts.get(file);
        if (!ctx)
            return new Map();
        const scope = new scope_1.Scope(ctx, 'function', ctx.globals);
        try {
            interp.steps = 0;
            interp.cells = 0;
            interp.execStmt(stmt, scope, { returns: [], extraUncertain: 0 });
        }
        catch (e) {
            if (!(e instanceof interpreter_1.BudgetExceeded) && !(0, interpreter_1.namedFailure)(e))
                throw e;
        }
        return scope.vars;
    };
}
function readBytes(file) {
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory())
            throw new errors_1.ToolError('unreadable', file, 'is a directory');
        return fs.readFileSync(file);
    }
    catch (e) {
        if (e instanceof errors_1.ToolError)
            throw e;
        const code = e.code;
        throw new errors_1.ToolError(code === 'ENOENT' ? 'not-found' : 'unreadable', file, `cannot read (${code ?? 'error'})`);
    }
}
//# sourceMappingURL=analyze-group.js.map