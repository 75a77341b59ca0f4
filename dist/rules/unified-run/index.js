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
exports.unifiedRunRule = void 0;
const path = __importStar(require("path"));
const pypto_symbols_1 = require("../../analyze/pypto-symbols");
const delete_keyword_1 = require("../../rewrite/delete-keyword");
const config_1 = require("./config");
const golden_package_1 = require("./golden-package");
const harness_calls_1 = require("./harness-calls");
const imports_1 = require("./imports");
const CFG = ['compile_cfg', 'runtime_cfg'];
/** The keyword arguments of a call, in source order. */
function keywordArgs(call) {
    return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c) => !!c && c.type === 'keyword_argument');
}
/**
 * The edits turning one harness call into the unified form, or why it
 * stays: `run_jit` -> `run` (an alias stays as written), and
 * `compile_cfg=`/`runtime_cfg=` -> one `config=` in the place of the first
 * (literal dicts merged key by key; anything else `{**a, **b}`); every
 * other argument untouched.
 */
function convertCall(text, hc, runBound, eol) {
    const args = hc.call.childForFieldName('arguments');
    if (args?.namedChildren.some((c) => c?.type === 'dictionary_splat' || c?.type === 'list_splat')) {
        return { keep: { reason: 'splat', detail: 'the call spreads arguments (*/**) that may hold compile_cfg or runtime_cfg' } };
    }
    const kws = keywordArgs(hc.call);
    const cfgs = kws.filter((k) => CFG.includes(k.childForFieldName('name').text));
    if (hc.rename && runBound)
        return { keep: { reason: 'run-bound', detail: runBound } };
    // run_jit's positional order is not run's: renamed, a positional argument would bind to another param
    const positional = hc.target === 'run_jit' ? args?.namedChildren.filter((c) => c && c.type !== 'keyword_argument' && c.type !== 'comment') ?? [] : [];
    if (positional.length)
        return { keep: { reason: 'positional', detail: `${positional.length} positional argument${positional.length > 1 ? 's' : ''}: run binds positions to other params than run_jit` } };
    const edits = [];
    if (hc.rename)
        edits.push({ start: hc.rename.startIndex, end: hc.rename.endIndex, text: 'run', kind: 'harness-rename' });
    if (!cfgs.length)
        return { edits };
    if (kws.some((k) => k.childForFieldName('name').text === 'config'))
        return { keep: { reason: 'config-given', detail: 'config= and compile_cfg=/runtime_cfg= together' } };
    const merges = cfgs.map((k) => ({ start: k.startIndex, end: k.endIndex }));
    const [first, ...rest] = cfgs;
    let replacement;
    if (cfgs.length === 1) {
        // only the keyword's name changes
        replacement = 'config' + first.text.slice(first.childForFieldName('name').text.length);
    }
    else {
        // compile_cfg=None is no config at all (run_jit's default): it has nothing to merge
        const given = cfgs.filter((k) => k.childForFieldName('value').type !== 'none');
        const values = given.map((k) => (0, config_1.readConfig)(k.childForFieldName('value')));
        const splat = values.find((v) => v.k === 'splat');
        if (splat && splat.k === 'splat')
            return { keep: { reason: 'splat', detail: splat.why } };
        const lits = values.flatMap((v) => (v.k === 'literal' ? [v.lit] : []));
        // comments between a keyword's name and its value have no place in the merged config
        const stray = cfgs.some((k) => {
            const value = k.childForFieldName('value');
            return k.descendantsOfType('comment').some((c) => c && (c.startIndex < value.startIndex || c.endIndex > value.endIndex));
        });
        if (!given.length) {
            replacement = 'config=None';
        }
        else if (lits.length === values.length) {
            const clash = (0, config_1.conflictingKey)(lits);
            if (clash)
                return { keep: { reason: 'conflicting-key', detail: `${clash.key}: ${clash.a} vs ${clash.b}` } };
            if (stray)
                return { keep: { reason: 'layout', detail: 'a comment between a keyword and its dict' } };
            replacement = `config=${(0, config_1.mergeLiterals)(text, lits, eol)}`;
        }
        else {
            if (stray || cfgs.some((k) => k.descendantsOfType('comment').length))
                return { keep: { reason: 'layout', detail: 'a comment inside a config value that is not a literal dict' } };
            // `**x` raises on None: a value not surely a dict is spread as `(x or {})`, which run_jit's None means
            const spread = (v) => ((0, config_1.surelyDict)(v) ? `**${v.text}` : `**(${v.text} or {})`);
            replacement = `config={${given.map((k) => spread(k.childForFieldName('value'))).join(', ')}}`;
        }
    }
    edits.push({ start: first.startIndex, end: first.endIndex, text: replacement, kind: 'harness-config', target: merges[0], merges });
    for (const k of rest) {
        const drop = (0, delete_keyword_1.deleteKeywordEdit)(text, k, 'harness-drop');
        if (!drop)
            return { keep: { reason: 'layout', detail: `${k.childForFieldName('name').text}= cannot be removed without losing text` } };
        edits.push(drop);
    }
    return { edits };
}
/** The first line of a node, shortened. */
function firstLine(n) {
    return n.text.split('\n')[0].trim().slice(0, 80);
}
/**
 * `unified-run`: pypto-lib replaced `run_jit(fn=, compile_cfg=,
 * runtime_cfg=)` and `run(program=, ...)` by one
 * `run(fn=ENTRY, specs=..., golden_fn=..., config=dict(...))` whose
 * `config` holds the compile and runtime keys side by side. On by default
 * where the file's golden package is that unified one (its `run` takes
 * `fn=` and `config=` and it exports no `run_jit`: a file still calling
 * `run_jit` fails at import); elsewhere with `--extend-select unified-run`.
 */
exports.unifiedRunRule = {
    id: 'unified-run',
    summary: 'run_jit(..., compile_cfg=, runtime_cfg=) and run(..., compile_cfg=, runtime_cfg=) become the unified run(..., config=)',
    defaultOn: 'detect',
    fixes: { 'convert-call': 'safe', 'convert-import': 'safe' },
    edits: ['harness-rename', 'harness-config', 'harness-drop', 'harness-import'],
    kinds: ['legacy-harness'],
    example: [
        'run_jit(fn=step, specs=specs(), compile_cfg=dict(dump_passes=True), runtime_cfg=dict(platform="a2a3"), rtol=1e-3)',
        '-> fix: run(fn=step, specs=specs(), config=dict(dump_passes=True, platform="a2a3"), rtol=1e-3)',
        '   and  from golden import run_jit  ->  from golden import run',
    ].join('\n'),
    run(a, _selected, explicit) {
        const findings = [];
        const fixes = [];
        for (const mod of a.modules) {
            if (!/\bgolden\b/.test(mod.text))
                continue;
            const pkg = (0, golden_package_1.goldenPackageOf)(a, mod.path);
            if (!explicit && !pkg?.unified)
                continue; // by default only where the golden package is the unified one
            if (pkg && path.resolve(mod.path).startsWith(pkg.dir + path.sep))
                continue; // the harness itself
            const statements = (0, pypto_symbols_1.importStatements)(mod.root, mod.text);
            const golden = (0, harness_calls_1.goldenImports)(mod.root, statements);
            const calls = (0, harness_calls_1.harnessCalls)(mod.root, mod.text, golden).filter((hc) => hc.target === 'run_jit' || keywordArgs(hc.call).some((k) => CFG.includes(k.childForFieldName('name').text)));
            const jitImports = golden.names.filter((b) => b.imported === 'run_jit');
            if (!calls.length && !jitImports.length)
                continue;
            const runBound = (0, harness_calls_1.otherRunBinding)(mod.root, mod.text, statements);
            const eol = mod.text.includes('\r\n') ? '\r\n' : '\n';
            const unified = !!pkg?.unified;
            // calls by start offset (syntax node objects are not kept across reads)
            const converted = new Set();
            const kept = new Set();
            // the import binding each converting call goes through (by the name item's offset)
            const via = new Map();
            for (const hc of calls) {
                const out = convertCall(mod.text, hc, runBound, eol);
                const at = { path: mod.path, line: hc.call.startPosition.row + 1, column: hc.call.startPosition.column + 1 };
                if ('keep' in out) {
                    kept.add(hc.call.startIndex);
                    findings.push({ kind: 'legacy-harness', ...at, site: 'call', text: firstLine(hc.call), keep: out.keep, unified });
                    continue;
                }
                converted.add(hc.call.startIndex);
                if (!out.edits.length)
                    continue; // an alias with no config keyword: only its import changes
                const f = { kind: 'legacy-harness', ...at, site: 'call', text: firstLine(hc.call), unified };
                findings.push(f);
                const fix = { finding: f, edits: out.edits, kind: 'convert-call' };
                fixes.push(fix);
                if (hc.binding)
                    via.set(fix, hc.binding.item.startIndex);
            }
            for (const b of jitImports) {
                const at = { path: mod.path, line: b.stmt.startPosition.row + 1, column: b.stmt.startPosition.column + 1 };
                const keep = importKept(mod.root, mod.text, b, converted, kept, runBound);
                // an import that stays binds run_jit, not run: calls renamed through it would name nothing
                if (keep)
                    keepRenamedCalls(b, keep, findings, fixes, via);
                const edit = keep ? undefined : (0, imports_1.importEdit)(mod.text, b, golden.names);
                const f = { kind: 'legacy-harness', ...at, site: 'import', text: firstLine(b.stmt), unified, ...(keep ? { keep } : {}) };
                findings.push(f);
                if (edit)
                    fixes.push({ finding: f, edits: [edit], kind: 'convert-import' });
            }
        }
        return { findings, fixes };
    },
};
/** Turns the renaming fixes of calls through `b` back into kept calls: `b`'s import stays, so `run` would be unbound. */
function keepRenamedCalls(b, why, findings, fixes, via) {
    for (let i = fixes.length - 1; i >= 0; i--) {
        const fix = fixes[i];
        const renamed = via.get(fix) === b.item.startIndex && fix.edits.some((e) => e.kind === 'harness-rename');
        if (!renamed)
            continue;
        fixes.splice(i, 1);
        const f = fix.finding;
        findings[findings.indexOf(f)] = { ...f, keep: { reason: 'import-kept', detail: why.detail } };
    }
}
/** Why an import of run_jit must stay: a use of its name that is not a call being converted. */
function importKept(root, text, b, converted, kept, runBound) {
    if (b.local === 'run_jit' && runBound)
        return { reason: 'run-bound', detail: runBound };
    const re = new RegExp(`(?<![\\w.])${b.local}\\b`, 'g');
    for (const m of text.matchAll(re)) {
        const id = root.descendantForIndex(m.index, m.index + b.local.length);
        if (!id || id.type !== 'identifier' || (id.startIndex >= b.stmt.startIndex && id.endIndex <= b.stmt.endIndex))
            continue;
        if (id.parent?.type === 'keyword_argument' && id.parent.childForFieldName('name')?.startIndex === id.startIndex)
            continue;
        const call = id.parent?.type === 'call' && id.parent.childForFieldName('function')?.startIndex === id.startIndex ? id.parent : undefined;
        if (call && converted.has(call.startIndex))
            continue;
        if (call && kept.has(call.startIndex))
            return { reason: 'not-converted', detail: `the call at line ${call.startPosition.row + 1} stays` };
        return { reason: 'other-use', detail: `line ${id.startPosition.row + 1}: ${(id.parent ?? id).text.split('\n')[0].slice(0, 60)}` };
    }
    return undefined;
}
//# sourceMappingURL=index.js.map