"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findHostCalls = findHostCalls;
const expressions_1 = require("../analyze/eval/expressions");
const interpreter_1 = require("../analyze/eval/interpreter");
const syntax_1 = require("../analyze/syntax");
const decide_1 = require("./decide");
/** `kv_cache[r]` -> `kv_cache`; a plain name stays as it is; else undefined. */
function passedName(arg) {
    let n = (0, syntax_1.unparen)(arg);
    while (n.type === 'subscript')
        n = (0, syntax_1.unparen)(n.childForFieldName('value'));
    return n.type === 'identifier' ? n.text : undefined;
}
/**
 * Local names bound to (a slice of) a host param, e.g. `hidden_rank =
 * hidden_out[r]`. A name bound more than once, or also to something else,
 * is left out: it cannot be traced soundly.
 */
function localAliases(body, params) {
    const bound = new Map();
    for (const a of body.descendantsOfType('assignment')) {
        const left = a?.childForFieldName('left');
        const right = a?.childForFieldName('right');
        if (!left || left.type !== 'identifier')
            continue;
        const src = right ? passedName(right) : undefined;
        const target = src && params.has(src) ? src : null;
        bound.set(left.text, bound.has(left.text) && bound.get(left.text) !== target ? null : target);
    }
    const out = new Map();
    for (const [k, v] of bound)
        if (v && !params.has(k))
            out.set(k, v);
    return out;
}
/**
 * Finds, in every host driver, the calls to L2 entries and maps their
 * arguments to the callee's params by position and keyword. Only arguments
 * that are (subscripts of) the host's own params are kept.
 */
function findHostCalls(project, contexts, functions) {
    const byKey = new Map(functions.map((f) => [(0, decide_1.functionKey)(f.module.path, f.def), f]));
    const out = [];
    const unknown = [];
    const interp = new interpreter_1.Interp(project);
    for (const host of functions) {
        if (host.role !== 'host')
            continue;
        const mod = contexts.get(host.module.path);
        if (!mod)
            continue;
        const params = new Map(host.params.map((p) => [p.name, p]));
        const body = host.def.childForFieldName('body');
        const aliases = localAliases(body, new Set(params.keys()));
        const locals = localNames(body);
        for (const call of body.descendantsOfType('call')) {
            if (!call)
                continue;
            const fnNode = call.childForFieldName('function');
            if (fnNode.type !== 'identifier' && fnNode.type !== 'attribute')
                continue;
            if (fnNode.type === 'identifier' && params.has(fnNode.text))
                continue;
            let callee;
            try {
                interp.steps = 0;
                interp.ensureModule(mod);
                const v = (0, expressions_1.evalExpr)(interp, fnNode, mod.globals);
                callee = v.k === 'func' ? byKey.get((0, decide_1.functionKey)(v.mod.path, v.def)) : undefined;
                // a bare name undefined (or None) statically, e.g. rebound through globals(): its L2 cannot be followed
                if ((v.k === 'unknown' || v.k === 'none') && fnNode.type === 'identifier' && !locals.has(fnNode.text))
                    unknown.push({ host, name: fnNode.text, site: call });
            }
            catch (e) {
                if (!(e instanceof interpreter_1.BudgetExceeded))
                    throw e;
            }
            if (!callee || callee.role !== 'l2')
                continue;
            const args = (0, syntax_1.callArgs)(call);
            const pairs = [
                ...args.positional.map((a, i) => [a, callee.params[i]]),
                ...[...args.keywords].map(([k, a]) => [a, callee.params.find((p) => p.name === k)]),
            ];
            for (const [arg, calleeParam] of pairs) {
                const name = passedName(arg);
                const hostParam = name ? params.get(aliases.get(name) ?? name) : undefined;
                if (hostParam && calleeParam)
                    out.push({ host, hostParam, callee, calleeParam, site: call });
            }
        }
    }
    return { calls: out, unknown };
}
/** Names a function body binds itself (assignments, loops, nested defs, imports). */
function localNames(body) {
    const out = new Set();
    for (const n of body.descendantsOfType(['assignment', 'for_statement', 'function_definition', 'class_definition', 'import_from_statement', 'import_statement', 'with_item'])) {
        if (!n)
            continue;
        const target = n.childForFieldName('left') ?? n.childForFieldName('name') ?? n.childForFieldName('value');
        for (const id of target ? [target, ...target.descendantsOfType('identifier')] : [])
            if (id?.type === 'identifier')
                out.add(id.text);
        if (n.type.startsWith('import'))
            for (const id of n.descendantsOfType('identifier'))
                if (id)
                    out.add(id.text);
    }
    return out;
}
//# sourceMappingURL=host-calls.js.map