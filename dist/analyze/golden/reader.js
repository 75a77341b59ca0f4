"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.goldenSteps = goldenSteps;
exports.readGolden = readGolden;
exports.readGoldenRecorded = readGoldenRecorded;
const syntax_1 = require("../syntax");
const bindings_1 = require("./bindings");
const state_1 = require("./state");
const trace_1 = require("./trace");
/** Methods that overwrite a whole tensor without reading it. */
const OVERWRITE = new Set(['copy_', 'zero_', 'fill_']);
/** Attributes and methods that read only metadata, not the contents. */
const METADATA = new Set(['shape', 'dtype', 'device', 'size', 'numel', 'dim', 'ndim', 'ndimension', 'element_size', 'is_contiguous']);
/** Calls that read only the metadata of their argument. */
const LIKE = /(^|\.)(zeros_like|empty_like|ones_like|full_like|rand_like|randn_like)$/;
const MAX_DEPTH = 6;
/** Methods returning a view of the same storage. */
const VIEWS = new Set(['view', 'view_as', 'reshape', 'flatten', 'squeeze', 'unsqueeze', 'transpose', 'permute', 't', 'narrow', 'select', 'unflatten', 'as_strided', 'diagonal', 'expand', 'contiguous']);
/** Empty bindings of a function being read. */
function bindings() {
    const watches = [];
    return {
        watches,
        dicts: new bindings_1.Bindings(watches, (d) => `${+d.base}${+d.harness}${+d.opaque}${JSON.stringify([...d.own])}`),
        aliases: new bindings_1.Bindings(watches, (a) => JSON.stringify(a)),
        strs: new bindings_1.Bindings(watches, (v) => JSON.stringify(v)),
        defs: new bindings_1.Bindings(watches, (n) => `${n.id}`),
        lists: new bindings_1.Bindings(watches, () => 'list'),
        funcs: new bindings_1.Bindings(watches, (f) => `${(0, bindings_1.identity)(f)}`),
    };
}
/** `name` looked up in the closure of the function being read, recorded when it is a golden option's. */
function closureLookup(env, name) {
    const v = env.scope?.lookup(name);
    const option = env.scope ? env.closures.scopes.indexOf(env.scope) : -1;
    if (option >= 0)
        env.closures.reads.push({ option, name, found: (0, bindings_1.closureValue)(v) });
    env.trace.lookup(env.scopeRef, name, v);
    return v;
}
/**
 * A process-wide tally, only ever added to and read as a difference by
 * tests (`goldenSteps() - before`): no analysis reads it, so a long-lived
 * session cannot leak anything through it. The count a run owns is
 * `WorkCounts.goldenSteps`.
 */
let steps = 0;
/** Statements and expressions the reader has walked in this process (a work count for benchmarks). */
function goldenSteps() {
    return steps;
}
/**
 * Reads statically how golden functions treat `tensors[NAME]`: a whole
 * overwrite (`t[:] = e`, `.copy_(e)`, `.zero_()`, `.fill_(v)`, `tensors[n] =
 * e`) makes it an output (Out); an update that depends on the old contents
 * (augmented assignment, other in-place ops, a read before the first whole
 * overwrite, partial writes only, or a path that does not write it) makes it
 * InOut. Aliases, dict copies, helpers receiving the dict, loops and
 * branches are followed; an undecidable key is reported, never guessed.
 */
function readGolden(fn, imports, work) {
    return readGoldenRecorded(fn, imports, work).reading;
}
/** {@link readGolden}, with the lookups it made in the options' closures. */
function readGoldenRecorded(fn, imports, work) {
    const options = fn.k === 'oneOf' ? fn.options : [fn];
    const closures = { scopes: options.map((o) => (o.k === 'func' || o.k === 'lambda' ? o.closure : undefined)), reads: [] };
    const trace = new trace_1.TraceRecorder();
    const reading = { uses: new Map(), unresolved: [] };
    let any = false;
    for (const [option, opt] of options.entries()) {
        if (opt.k !== 'func' && opt.k !== 'lambda')
            continue;
        const node = opt.k === 'func' ? opt.def : opt.node;
        trace.trace.trees.add(node.tree);
        // a bound method (PTOTestCase.compute_expected(self, tensors, ...)): the dict is the param after self
        const param = firstParam(node, opt.k === 'func' && opt.self ? 1 : 0);
        if (!param)
            continue;
        any = true;
        const state = new state_1.GoldenState();
        const harness = { base: true, harness: true, own: new Map(), opaque: false };
        const env = { path: opt.mod.path, imports, work, scope: opt.closure, scopeRef: { option }, ...bindings(), closures, trace, depth: 0 };
        env.dicts.set(param, harness);
        const body = node.childForFieldName('body');
        if (opt.k === 'lambda')
            expr(body, env, state, reading);
        else
            block(body, env, state, reading);
        state.finish(reading.uses);
    }
    return { reading: any ? reading : undefined, closures, trace: trace.trace };
}
function firstParam(def, skip = 0) {
    const params = def.childForFieldName('parameters');
    const first = params ? (0, syntax_1.codeChildren)(params)[skip] : undefined;
    if (!first)
        return undefined;
    const id = first.type === 'identifier' ? first : (first.childForFieldName('name') ?? (0, syntax_1.codeChildren)(first).find((c) => c.type === 'identifier'));
    return id?.type === 'identifier' ? id.text : undefined;
}
function block(node, env, st, r) {
    for (const stmt of (0, syntax_1.codeChildren)(node))
        statement(stmt, env, st, r);
}
function statement(stmt, env, st, r) {
    steps++;
    if (env.work)
        env.work.goldenSteps++;
    switch (stmt.type) {
        case 'expression_statement':
            for (const e of (0, syntax_1.codeChildren)(stmt)) {
                if (e.type === 'assignment')
                    assign(e, env, st, r);
                else if (e.type === 'augmented_assignment')
                    augmented(e, env, st, r);
                else
                    expr(e, env, st, r);
            }
            return;
        case 'function_definition':
            env.defs.set(stmt.childForFieldName('name').text, stmt);
            return;
        case 'decorated_definition':
            return;
        case 'import_from_statement':
        case 'import_statement': {
            const bound = env.imports?.(env.path, stmt) ?? new Map();
            env.trace.imported(env.path, stmt, bound);
            for (const [name, v] of bound)
                if (v.k === 'func')
                    env.funcs.set(name, v);
            return;
        }
        case 'if_statement': {
            expr(stmt.childForFieldName('condition'), env, st, r);
            const arms = [stmt.childForFieldName('consequence')];
            let hasElse = false;
            for (const alt of stmt.childrenForFieldName('alternative')) {
                if (alt.type === 'elif_clause')
                    expr(alt.childForFieldName('condition'), env, st, r);
                else
                    hasElse = true;
                arms.push(alt.childForFieldName('consequence') ?? alt.childForFieldName('body'));
            }
            st.branch(arms.map((arm) => (s) => block(arm, env, s, r)), !hasElse, hasElse ? [] : presenceTest(stmt.childForFieldName('condition'), env));
            return;
        }
        case 'for_statement': {
            const left = stmt.childForFieldName('left');
            const right = stmt.childForFieldName('right');
            const names = left.type === 'identifier' ? strings(right, env) : undefined;
            const body = stmt.childForFieldName('body');
            if (names) {
                // a loop over literal keys: unrolled, each key in turn
                for (const n of names) {
                    env.strs.set(left.text, [n]);
                    block(body, env, st, r);
                }
                env.strs.delete(left.text);
                return;
            }
            expr(right, env, st, r);
            forget(left, env);
            loop(body, env, st, r);
            return;
        }
        case 'while_statement':
            expr(stmt.childForFieldName('condition'), env, st, r);
            loop(stmt.childForFieldName('body'), env, st, r);
            return;
        case 'with_statement':
            block(stmt.childForFieldName('body'), env, st, r);
            return;
        case 'try_statement': {
            const parts = (0, syntax_1.codeChildren)(stmt);
            block(stmt.childForFieldName('body'), env, st, r);
            const handlers = parts.filter((p) => p.type === 'except_clause' || p.type === 'else_clause');
            if (handlers.length)
                st.branch(handlers.map((h) => (s) => block((0, syntax_1.codeChildren)(h).at(-1), env, s, r)), true);
            const fin = parts.find((p) => p.type === 'finally_clause');
            if (fin)
                block((0, syntax_1.codeChildren)(fin).at(-1), env, st, r);
            return;
        }
        case 'return_statement':
            for (const e of (0, syntax_1.codeChildren)(stmt))
                expr(e, env, st, r);
            return;
        default:
            for (const e of (0, syntax_1.codeChildren)(stmt))
                if (e.type !== 'block')
                    expr(e, env, st, r);
    }
}
/**
 * A loop body, read once into a summary of what it does to each tensor; a
 * second time only when the first reading changed names it had read (then
 * the second iteration may do other things, as it would at run time).
 */
function loop(body, env, st, r) {
    st.loop((s) => {
        const watch = new bindings_1.Watch();
        env.watches.push(watch);
        try {
            block(body, env, s, r);
        }
        finally {
            env.watches.pop();
        }
        return watch.unchanged();
    });
}
/** `"k" in tensors`: the keys a condition tests the harness dict for. */
function presenceTest(cond, env) {
    const n = (0, syntax_1.unparen)(cond);
    if (n.type !== 'comparison_operator' || n.children.filter((c) => c && !c.isNamed).map((c) => c.type).join() !== 'in')
        return [];
    const [key, dict] = (0, syntax_1.codeChildren)(n);
    return dict && dictValue(dict, env)?.harness ? (strings(key, env) ?? []) : [];
}
/** The possible string values of a key expression, or undefined when undecidable. */
function strings(node, env) {
    const n = (0, syntax_1.unparen)(node);
    if (n.type === 'string') {
        if (n.descendantsOfType('interpolation').length)
            return undefined;
        const content = (0, syntax_1.codeChildren)(n).filter((c) => c.type === 'string_content');
        return [content.map((c) => c.text).join('')];
    }
    if (n.type === 'identifier') {
        const local = env.strs.get(n.text);
        if (local)
            return local;
        const v = closureLookup(env, n.text);
        return v?.k === 'str' ? [v.v] : v?.k === 'seq' && v.items.every((i) => i.k === 'str') && !v.inexact ? v.items.map((i) => i.v) : undefined;
    }
    if (n.type === 'list' || n.type === 'tuple') {
        const parts = (0, syntax_1.codeChildren)(n).map((c) => strings(c, env));
        return parts.every((p) => p && p.length === 1) ? parts.map((p) => p[0]) : undefined;
    }
    return undefined;
}
/** `d[k]` of a tracked dict: the dict, its keys as written (undefined: undecidable). */
function dictItem(node, env) {
    const n = (0, syntax_1.unparen)(node);
    if (n.type !== 'subscript')
        return undefined;
    const dict = dictValue(n.childForFieldName('value'), env);
    if (!dict)
        return undefined;
    const idx = n.childrenForFieldName('subscript');
    return { raw: idx.length === 1 ? strings(idx[0], env) : undefined, dict };
}
/** The harness tensors a dict entry denotes; undefined when undecidable. */
function lookup(dict, raw) {
    if (!raw)
        return dict.base || dict.own.size ? undefined : [];
    const out = [];
    for (const k of raw) {
        if (dict.own.has(k)) {
            const r = dict.own.get(k);
            if (r)
                out.push(r);
        }
        else if (dict.opaque)
            return undefined;
        else if (dict.base)
            out.push({ key: k, partial: false });
    }
    return out;
}
/** What a tensor expression refers to: harness tensors (keys undefined: undecidable), whole or in part. */
function tensorRef(node, env) {
    const n = (0, syntax_1.unparen)(node);
    const item = dictItem(n, env);
    if (item) {
        const refs = lookup(item.dict, item.raw);
        if (refs && !refs.length)
            return undefined;
        return { keys: refs?.map((r) => r.key), partial: !!refs?.some((r) => r.partial) };
    }
    if (n.type === 'identifier') {
        const a = env.aliases.get(n.text);
        return a ? { keys: a.keys, partial: a.partial } : undefined;
    }
    if (n.type === 'call' && n.childForFieldName('function').type === 'attribute') {
        // a view shares storage: writes through it land in the harness tensor
        const fn = n.childForFieldName('function');
        if (!VIEWS.has(fn.childForFieldName('attribute').text))
            return undefined;
        const inner = tensorRef(fn.childForFieldName('object'), env);
        return inner && { ...inner, partial: inner.partial || fn.childForFieldName('attribute').text !== 'view' };
    }
    if (n.type === 'subscript') {
        const inner = tensorRef(n.childForFieldName('value'), env);
        if (!inner)
            return undefined;
        return { ...inner, partial: inner.partial || !isWhole(n) };
    }
    return undefined;
}
/** `x[:]` or `x[...]`: the whole tensor. */
function isWhole(sub) {
    const idx = sub.childrenForFieldName('subscript');
    return idx.length === 1 && ((idx[0].type === 'slice' && (0, syntax_1.codeChildren)(idx[0]).length === 0) || idx[0].type === 'ellipsis');
}
function event(ref, status, node, env, st, r, what) {
    if (!ref.keys) {
        if (status !== 'R' && !r.unresolved.some((u) => u.node.id === node.id))
            r.unresolved.push({ path: env.path, node, why: `${what} with a key that cannot be decided` });
        return;
    }
    for (const k of ref.keys)
        st.apply(k, status, { node, path: env.path });
}
function assign(node, env, st, r) {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!right)
        return;
    if (right.type === 'assignment')
        assign(right, env, st, r);
    const rhs = right.type === 'assignment' ? right.childForFieldName('right') : right;
    if (left.type === 'identifier') {
        const ref = tensorRef(rhs, env);
        const fresh = /^(\{\s*\}|dict\(\s*\))$/.test((0, syntax_1.unparen)(rhs).text);
        const dict = ref ? undefined : fresh ? { base: false, harness: false, own: new Map(), opaque: false } : dictValue(rhs, env, st, r);
        const s = strings(rhs, env);
        if (!ref && !dict)
            expr(rhs, env, st, r);
        forget(left, env);
        if (ref)
            env.aliases.set(left.text, { keys: ref.keys, partial: ref.partial }); // an alias is not a read
        else if (dict)
            env.dicts.set(left.text, dict); // also an empty dict: harness tensors may be put into it
        else if (s)
            env.strs.set(left.text, s);
        if (/^(\[[\s\S]*\]|list\(\s*\))$/.test((0, syntax_1.unparen)(rhs).text) && (0, syntax_1.unparen)(rhs).type !== 'list_comprehension')
            env.lists.set(left.text, true);
        return;
    }
    const item = dictItem(left, env);
    if (item && !item.dict.harness) {
        rebind(item.dict, item.raw, rhs, env, st, r); // a copy's entry re-bound: the harness tensor is not written
        return;
    }
    expr(rhs, env, st, r);
    if (item)
        return event({ keys: lookup(item.dict, item.raw)?.map((x) => x.key) }, 'W', left, env, st, r, 'a golden write');
    const ref = tensorRef(left, env);
    if (ref)
        return event(ref, ref.partial ? 'D' : 'W', left, env, st, r, 'a golden write');
    if (left.type === 'pattern_list' || left.type === 'tuple_pattern')
        for (const c of (0, syntax_1.codeChildren)(left))
            forget(c, env);
    else {
        expr(left, env, st, r);
        // a harness tensor stored by reference where it is not tracked (`obj.x = t`, `lst[i] = t`) may be written through it
        // later; `buf[i] = t` into a tensor copies the data, so only attributes and lists count
        const holder = left.type === 'subscript' ? (0, syntax_1.unparen)(left.childForFieldName('value')) : undefined;
        const byReference = left.type === 'attribute' || (holder?.type === 'identifier' && env.lists.has(holder.text));
        if (byReference && tensorRef(rhs, env) && !r.unresolved.some((u) => u.node.id === left.id))
            r.unresolved.push({ path: env.path, node: left, why: 'a harness tensor is stored where it cannot be followed' });
    }
}
/** `copy[k] = value` on a dict that is not the harness's: k now denotes what value denotes. */
function rebind(dict, raw, value, env, st, r) {
    const ref = tensorRef(value, env);
    if (!ref)
        expr(value, env, st, r);
    if (!raw || raw.length !== 1) {
        dict.opaque = true;
        return;
    }
    dict.own.set(raw[0], ref?.keys && ref.keys.length === 1 ? { key: ref.keys[0], partial: ref.partial } : null);
}
function augmented(node, env, st, r) {
    expr(node.childForFieldName('right'), env, st, r);
    const left = node.childForFieldName('left');
    const ref = tensorRef(left, env);
    if (ref)
        event(ref, 'D', left, env, st, r, 'an in-place update');
    else if (left.type === 'identifier')
        forget(left, env);
}
/**
 * The dict an expression denotes when it may hold harness tensors: a tracked
 * name, a copy (`dict(d)`, `d.copy()`, `{**d, ...}`), or a literal of entries.
 */
function dictValue(node, env, st, r) {
    const n = (0, syntax_1.unparen)(node);
    if (n.type === 'identifier')
        return env.dicts.get(n.text);
    const copyOf = (d) => ({ base: d.base, harness: false, own: new Map(d.own), opaque: d.opaque });
    if (n.type === 'call') {
        const fn = n.childForFieldName('function');
        const args = (0, syntax_1.codeChildren)(n.childForFieldName('arguments'));
        if (fn.text === 'dict') {
            const src = args[0] && args[0].type !== 'keyword_argument' ? dictValue(args[0], env) : undefined;
            if (args[0] && args[0].type !== 'keyword_argument' && !src)
                return undefined;
            const d = src ? copyOf(src) : { base: false, harness: false, own: new Map(), opaque: false };
            for (const kw of args.filter((x) => x.type === 'keyword_argument'))
                rebind(d, [kw.childForFieldName('name').text], kw.childForFieldName('value'), env, st ?? new state_1.GoldenState(), r ?? { uses: new Map(), unresolved: [] });
            return d.base || [...d.own.values()].some(Boolean) ? d : undefined;
        }
        if (fn.type === 'attribute' && fn.childForFieldName('attribute').text === 'copy' && !args.length) {
            const src = dictValue(fn.childForFieldName('object'), env);
            return src && copyOf(src);
        }
        return undefined;
    }
    if (n.type === 'dictionary') {
        let d = { base: false, harness: false, own: new Map(), opaque: false };
        for (const part of (0, syntax_1.codeChildren)(n)) {
            if (part.type === 'dictionary_splat') {
                const src = dictValue((0, syntax_1.codeChildren)(part)[0], env);
                if (src)
                    d = { ...copyOf(src), own: new Map([...d.own, ...src.own]) };
                else
                    d.opaque = true;
            }
            else if (part.type === 'pair') {
                const raw = strings(part.childForFieldName('key'), env);
                rebind(d, raw, part.childForFieldName('value'), env, st ?? new state_1.GoldenState(), r ?? { uses: new Map(), unresolved: [] });
            }
        }
        return d.base || [...d.own.values()].some(Boolean) ? d : undefined;
    }
    return undefined;
}
function forget(target, env) {
    for (const id of target.type === 'identifier' ? [target] : target.descendantsOfType('identifier')) {
        if (!id)
            continue;
        env.aliases.delete(id.text);
        env.dicts.delete(id.text);
        env.strs.delete(id.text);
        env.lists.delete(id.text);
    }
}
/** Walks an expression for reads, in-place methods and helper calls. */
function expr(node, env, st, r) {
    steps++;
    const n = node;
    if (n.type === 'call')
        return call(n, env, st, r);
    if (n.type === 'lambda' || n.type === 'function_definition')
        return;
    if (n.type === 'attribute' && METADATA.has(n.childForFieldName('attribute').text) && tensorRef(n.childForFieldName('object'), env))
        return;
    const ref = tensorRef(n, env);
    if (ref && (n.type === 'subscript' || n.type === 'identifier')) {
        event(ref, 'R', n, env, st, r, 'a read');
        if (n.type === 'subscript')
            for (const i of n.childrenForFieldName('subscript'))
                expr(i, env, st, r);
        return;
    }
    for (const c of (0, syntax_1.codeChildren)(n))
        expr(c, env, st, r);
}
function call(node, env, st, r) {
    const fn = node.childForFieldName('function');
    const argList = node.childForFieldName('arguments');
    const args = argList ? (0, syntax_1.codeChildren)(argList) : [];
    if (fn.type === 'attribute') {
        const method = fn.childForFieldName('attribute').text;
        const target = tensorRef(fn.childForFieldName('object'), env);
        if (target) {
            for (const a of args)
                expr(a, env, st, r);
            if (METADATA.has(method))
                return;
            if (method.endsWith('_') && !method.startsWith('_')) {
                const whole = OVERWRITE.has(method) && !target.partial;
                return event(target, whole ? 'W' : 'D', node, env, st, r, `.${method}()`);
            }
            return event(target, 'R', node, env, st, r, 'a read'); // clone(), float(), ...: reads the contents
        }
    }
    if (LIKE.test(fn.text))
        return; // zeros_like(t) reads only t's shape and dtype
    if (fn.type === 'attribute' && fn.childForFieldName('attribute').text === 'update') {
        const d = dictValue(fn.childForFieldName('object'), env);
        if (d && !d.harness) {
            const src = args[0] && args[0].type !== 'keyword_argument' ? (0, syntax_1.unparen)(args[0]) : undefined;
            if (src && src.type !== 'dictionary')
                d.opaque = true;
            for (const part of src ? (0, syntax_1.codeChildren)(src) : [])
                if (part.type === 'pair')
                    rebind(d, strings(part.childForFieldName('key'), env), part.childForFieldName('value'), env, st, r);
            for (const kw of args.filter((x) => x.type === 'keyword_argument'))
                rebind(d, [kw.childForFieldName('name').text], kw.childForFieldName('value'), env, st, r);
            return;
        }
    }
    const dictArgs = args
        .map((a, i) => ({ a, i, d: dictValue(a.type === 'keyword_argument' ? a.childForFieldName('value') : a, env, st, r) }))
        .filter((x) => !!x.d);
    if (!dictArgs.length || fn.text === 'dict' || fn.text === 'len' || fn.text === 'print') {
        expr(fn, env, st, r);
        for (const a of args)
            expr(a, env, st, r);
        return;
    }
    for (const a of args)
        if (!dictArgs.some((x) => x.a === a))
            expr(a, env, st, r);
    const helper = helperDef(fn, env);
    if (!helper || env.depth >= MAX_DEPTH) {
        if (!r.unresolved.some((u) => u.node.id === node.id))
            r.unresolved.push({ path: env.path, node, why: `the tensors dict is passed to ${fn.text.slice(0, 40)}, which cannot be followed` });
        return;
    }
    const params = (0, syntax_1.codeChildren)(helper.def.childForFieldName('parameters')).map((p) => (p.type === 'identifier' ? p.text : (p.childForFieldName('name')?.text ?? (0, syntax_1.codeChildren)(p)[0]?.text)));
    env.trace.trace.trees.add(helper.def.tree);
    const inner = { path: helper.path, imports: env.imports, work: env.work, scope: helper.scope, scopeRef: helper.scopeRef, ...bindings(), closures: env.closures, trace: env.trace, depth: env.depth + 1 };
    for (const x of dictArgs) {
        const name = x.a.type === 'keyword_argument' ? x.a.childForFieldName('name').text : params[x.i];
        if (name)
            inner.dicts.set(name, x.d);
    }
    block(helper.def.childForFieldName('body'), inner, st, r);
}
/** The definition a helper call refers to: a local def or a function of an analyzed module. */
function helperDef(fn, env) {
    if (fn.type === 'identifier' && env.defs.has(fn.text))
        return { def: env.defs.get(fn.text), path: env.path, scope: env.scope, scopeRef: env.scopeRef };
    if (fn.type !== 'identifier')
        return undefined;
    const v = env.funcs.get(fn.text) ?? closureLookup(env, fn.text);
    return v?.k === 'func' ? { def: v.def, path: v.mod.path, scope: v.closure, scopeRef: env.trace.routeOf(v) } : undefined;
}
//# sourceMappingURL=reader.js.map