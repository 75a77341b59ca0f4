"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evalExpr = evalExpr;
exports.getItem = getItem;
exports.getAttr = getAttr;
exports.evalArgs = evalArgs;
exports.callValue = callValue;
const file_loads_1 = require("../../facts/file-loads");
const syntax_1 = require("../syntax");
const builtins_1 = require("./builtins");
const comparisons_1 = require("./comparisons");
const dicts_1 = require("./dicts");
const limits_1 = require("./limits");
const operations_1 = require("./operations");
const scope_1 = require("./scope");
const era_1 = require("./era");
const specs_1 = require("./specs");
const strings_1 = require("./strings");
const values_1 = require("./values");
/** Deeper nesting than this is not evaluated (Python's own parser stops near here too). */
const MAX_NESTING = 300;
/** Evaluates an expression node to an abstract value. */
function evalExpr(interp, node, scope) {
    interp.tick();
    if (interp.nesting >= MAX_NESTING)
        return (0, values_1.unknown)('expression nested too deeply', { path: scope.mod.path, node });
    interp.nesting++;
    try {
        return evalNode(interp, node, scope);
    }
    finally {
        interp.nesting--;
    }
}
function evalNode(interp, node, scope) {
    switch (node.type) {
        case 'identifier': {
            const v = scope.lookup(node.text) ?? (0, builtins_1.lookupBuiltin)(node.text);
            return v ?? (0, values_1.unknown)(`name ${node.text} is not defined statically`, { path: scope.mod.path, node });
        }
        case 'integer':
        case 'float': {
            const n = Number(node.text.replace(/_/g, '').replace(/[jJ]$/, ''));
            return Number.isNaN(n) ? (0, values_1.unknown)(`number ${node.text}`) : { k: 'num', v: n };
        }
        case 'true':
            return values_1.TRUE;
        case 'false':
            return values_1.FALSE;
        case 'none':
            return values_1.NONE;
        case 'ellipsis':
            return { k: 'opaque', why: '...' };
        case 'string':
            return evalString(interp, node, scope);
        case 'concatenated_string': {
            let out = '';
            for (const part of (0, syntax_1.codeChildren)(node)) {
                const v = evalString(interp, part, scope);
                if (v.k !== 'str')
                    return v;
                if (out.length + v.v.length > limits_1.MAX_STRING)
                    return (0, operations_1.tooLarge)(`a string of over ${limits_1.MAX_STRING} characters`, { path: scope.mod.path, node });
                out += v.v;
            }
            interp.charge(out.length >> 3);
            return { k: 'str', v: out };
        }
        case 'parenthesized_expression':
            return evalExpr(interp, (0, syntax_1.codeChildren)(node)[0], scope);
        case 'list':
        case 'tuple':
        case 'expression_list':
        case 'set':
            return evalSequence(interp, node, scope);
        case 'dictionary':
            return evalDict(interp, node, scope);
        case 'list_comprehension':
        case 'set_comprehension':
        case 'generator_expression':
        case 'dictionary_comprehension':
            return evalComprehension(interp, node, scope);
        case 'attribute': {
            const obj = evalExpr(interp, node.childForFieldName('object'), scope);
            const attr = node.childForFieldName('attribute').text;
            if ((attr === 'is_output' || attr === 'is_input') && obj.k === 'spec')
                interp.directionReads.push({ node, spec: obj.spec, path: scope.mod.path });
            return getAttr(interp, obj, attr);
        }
        case 'subscript':
            return evalSubscript(interp, node, scope);
        case 'call':
            return evalCall(interp, node, scope);
        case 'binary_operator':
            return (0, operations_1.binaryOp)(interp, node.childForFieldName('operator').text, evalExpr(interp, node.childForFieldName('left'), scope), evalExpr(interp, node.childForFieldName('right'), scope), { path: scope.mod.path, node });
        case 'unary_operator': {
            const v = evalExpr(interp, node.childForFieldName('argument'), scope);
            const op = node.childForFieldName('operator').text;
            if (v.k === 'num')
                return { k: 'num', v: op === '-' ? -v.v : op === '~' ? ~v.v : v.v };
            return v.k === 'unknown' ? v : (0, values_1.unknown)(`unary ${op} on ${v.k}`);
        }
        case 'not_operator': {
            const v = evalExpr(interp, node.childForFieldName('argument'), scope);
            const t = interp.truth(v, node.childForFieldName('argument').text, false);
            if (t !== undefined)
                return t ? values_1.FALSE : values_1.TRUE;
            const fact = interp.factFor(v, node.childForFieldName('argument').text);
            return fact ? { k: 'unknown', why: 'not of an undecidable value', fact: { ...fact, negated: !fact.negated } } : (0, values_1.unknown)('not of an undecidable value');
        }
        case 'boolean_operator':
            return evalBoolean(interp, node, scope);
        case 'comparison_operator':
            return (0, comparisons_1.evalComparison)(interp, node, scope);
        case 'conditional_expression': {
            const [body, cond, alt] = (0, syntax_1.codeChildren)(node);
            const t = interp.truth(evalExpr(interp, cond, scope), cond.text, true);
            if (t === true)
                return evalExpr(interp, body, scope);
            if (t === false)
                return evalExpr(interp, alt, scope);
            return interp.maybe(() => (0, values_1.oneOf)([evalExpr(interp, body, scope), evalExpr(interp, alt, scope)]));
        }
        case 'lambda':
            return { k: 'lambda', node, mod: scope.mod, closure: scope };
        case 'named_expression': {
            const v = evalExpr(interp, node.childForFieldName('value'), scope);
            scope.set(node.childForFieldName('name').text, v);
            return v;
        }
        case 'keyword_argument':
        case 'list_splat':
        case 'dictionary_splat':
            return (0, values_1.unknown)(`${node.type} outside a call`);
        default:
            return (0, values_1.unknown)(`${node.type} is not modelled`, { path: scope.mod.path, node });
    }
}
function evalString(interp, node, scope) {
    if (node.type !== 'string')
        return evalExpr(interp, node, scope);
    const parts = (0, strings_1.stringParts)(node);
    if (!parts)
        return { k: 'opaque', why: 'bytes literal' };
    let out = '';
    for (const part of parts) {
        if (typeof part === 'string') {
            out += part;
            continue;
        }
        const v = evalExpr(interp, part, scope);
        if (v.k === 'str')
            out += v.v;
        else if (v.k === 'num')
            out += String(v.v);
        else if (v.k === 'unknown' && v.why.startsWith(limits_1.TOO_LARGE))
            return v; // a size bound stays named
        else
            return (0, values_1.unknown)('f-string with an undecidable part', { path: scope.mod.path, node });
        if (out.length > limits_1.MAX_STRING)
            return (0, operations_1.tooLarge)(`a string of over ${limits_1.MAX_STRING} characters`, { path: scope.mod.path, node });
    }
    interp.charge(out.length >> 3);
    return { k: 'str', v: out };
}
function evalSequence(interp, node, scope) {
    const items = [];
    let inexact = false;
    for (const child of (0, syntax_1.codeChildren)(node)) {
        if (child.type === 'list_splat') {
            const it = (0, operations_1.iterate)(evalExpr(interp, (0, syntax_1.codeChildren)(child)[0], scope), interp);
            if (it && items.length + it.values.length > limits_1.MAX_ITEMS)
                return (0, operations_1.tooLarge)(`a collection of over ${limits_1.MAX_ITEMS} items`, { path: scope.mod.path, node });
            if (it) {
                interp.charge(it.values.length);
                (0, operations_1.appendAll)(items, it.values);
            }
            if (!it || !it.exact)
                inexact = true;
        }
        else {
            items.push(evalExpr(interp, child, scope));
        }
    }
    if (node.type === 'set')
        return { k: 'set', items, inexact };
    return { k: 'seq', tuple: node.type !== 'list', items, inexact };
}
function evalDict(interp, node, scope) {
    const dict = { k: 'dict', entries: [] };
    for (const child of (0, syntax_1.codeChildren)(node)) {
        if (child.type === 'pair') {
            (0, dicts_1.putEntry)(dict, evalExpr(interp, child.childForFieldName('key'), scope), evalExpr(interp, child.childForFieldName('value'), scope), interp);
        }
        else if (child.type === 'dictionary_splat') {
            const v = evalExpr(interp, (0, syntax_1.codeChildren)(child)[0], scope);
            if (v.k === 'dict') {
                for (const [k, x] of v.entries)
                    if (!(0, dicts_1.putEntry)(dict, k, x, interp))
                        return (0, operations_1.tooLarge)(`a dict of over ${limits_1.MAX_ITEMS} items`, { path: scope.mod.path, node });
                if (v.inexact)
                    dict.inexact = true;
            }
            else
                dict.inexact = true;
        }
    }
    return dict;
}
function evalComprehension(interp, node, scope) {
    const body = node.childForFieldName('body');
    const clauses = (0, syntax_1.codeChildren)(node).filter((c) => c.type === 'for_in_clause' || c.type === 'if_clause');
    const inner = new scope_1.Scope(scope.mod, 'function', scope);
    const items = [];
    const dict = { k: 'dict', entries: [] };
    let inexact = false;
    let large = false;
    const emit = () => {
        if (node.type === 'dictionary_comprehension') {
            large = !(0, dicts_1.putEntry)(dict, evalExpr(interp, body.childForFieldName('key'), inner), evalExpr(interp, body.childForFieldName('value'), inner), interp);
        }
        else if (items.length >= limits_1.MAX_ITEMS)
            large = true;
        else
            items.push(evalExpr(interp, body, inner));
    };
    const run = (i) => {
        if (large)
            return;
        if (i === clauses.length)
            return emit();
        const clause = clauses[i];
        if (clause.type === 'if_clause') {
            const t = (0, values_1.truthy)(evalExpr(interp, (0, syntax_1.codeChildren)(clause)[0], inner));
            if (t === false)
                return;
            if (t === undefined) {
                inexact = true;
                return interp.maybe(() => run(i + 1));
            }
            return run(i + 1);
        }
        const iterable = evalExpr(interp, clause.childForFieldName('right'), i === 0 ? scope : inner);
        const it = (0, operations_1.iterate)(iterable, interp);
        const left = clause.childForFieldName('left');
        if (!it) {
            inexact = true;
            interp.bind(left, iterable.k === 'unknown' ? iterable : (0, values_1.unknown)(`cannot iterate ${iterable.k}`), inner);
            return interp.maybe(() => run(i + 1));
        }
        if (!it.exact)
            inexact = true;
        for (const item of it.values) {
            interp.bind(left, item, inner);
            if (it.exact)
                run(i + 1);
            else
                interp.maybe(() => run(i + 1));
        }
    };
    run(0);
    if (large)
        return (0, operations_1.tooLarge)(`a collection of over ${limits_1.MAX_ITEMS} items`, { path: scope.mod.path, node });
    if (node.type === 'dictionary_comprehension')
        return { ...dict, inexact: inexact || dict.inexact };
    if (node.type === 'set_comprehension')
        return { k: 'set', items, inexact };
    return { k: 'seq', tuple: node.type === 'generator_expression', items, inexact };
}
function evalBoolean(interp, node, scope) {
    const op = node.childForFieldName('operator').text;
    const left = evalExpr(interp, node.childForFieldName('left'), scope);
    const t = (0, values_1.truthy)(left);
    const right = () => evalExpr(interp, node.childForFieldName('right'), scope);
    if (op === 'and') {
        if (t === false)
            return left;
        if (t === true)
            return right();
    }
    else {
        if (t === true)
            return left;
        if (t === false)
            return right();
    }
    return interp.maybe(() => (0, values_1.oneOf)([left, right()]));
}
function evalSubscript(interp, node, scope) {
    const obj = evalExpr(interp, node.childForFieldName('value'), scope);
    const subs = node.childrenForFieldName('subscript');
    if (obj.k === 'extern' || obj.k === 'opaque')
        return { k: 'opaque', why: `item of ${obj.k}` };
    if (subs.length !== 1)
        return (0, values_1.unknown)('multi-index subscript');
    const sub = subs[0];
    if (sub.type === 'slice') {
        if (obj.k === 'str') {
            const [lo, hi] = sliceBounds(interp, sub, scope, obj.v.length);
            if (lo === undefined || hi === undefined)
                return (0, values_1.unknown)('undecidable slice');
            interp.charge(Math.max(0, hi - lo) >> 3);
            return { k: 'str', v: obj.v.slice(lo, hi) };
        }
        if (obj.k !== 'seq' || obj.inexact)
            return obj.k === 'unknown' ? obj : (0, values_1.unknown)('slice of an undecidable sequence');
        const [lo, hi] = sliceBounds(interp, sub, scope, obj.items.length);
        if (lo === undefined || hi === undefined)
            return (0, values_1.unknown)('undecidable slice');
        interp.charge(Math.max(0, hi - lo));
        return { k: 'seq', tuple: obj.tuple, items: obj.items.slice(lo, hi) };
    }
    return getItem(obj, evalExpr(interp, sub, scope), interp);
}
function sliceBounds(interp, slice, scope, length) {
    const parts = [undefined, undefined, undefined];
    let idx = 0;
    for (const c of slice.children) {
        if (!c)
            continue;
        if (c.type === ':')
            idx++;
        else if (c.isNamed && c.type !== 'comment' && idx < 3)
            parts[idx] = c;
    }
    if (parts[2]) {
        const step = evalExpr(interp, parts[2], scope);
        if (step.k !== 'num' || step.v !== 1)
            return [undefined, undefined]; // stepped slices are not modelled
    }
    const bound = (n, dflt) => {
        if (!n)
            return dflt;
        const v = evalExpr(interp, n, scope);
        if (v.k !== 'num')
            return undefined;
        return v.v < 0 ? Math.max(0, length + v.v) : Math.min(v.v, length);
    };
    return [bound(parts[0], 0), bound(parts[1], length)];
}
/** `obj[key]` on evaluated values (entries searched are charged to `interp`). */
function getItem(obj, key, interp) {
    if (key.k === 'oneOf')
        return (0, values_1.oneOf)(key.options.map((k) => getItem(obj, k, interp)));
    if (obj.k === 'seq' && key.k === 'num') {
        if (obj.inexact)
            return (0, values_1.unknown)('index into an undecidable sequence');
        const i = key.v < 0 ? obj.items.length + key.v : key.v;
        return obj.items[i] ?? (0, values_1.unknown)('index out of range');
    }
    if (obj.k === 'dict') {
        const i = (0, dicts_1.findEntry)(obj, key, interp);
        if (i >= 0)
            return obj.entries[i][1];
        return (0, values_1.unknown)(`key ${key.k === 'str' ? JSON.stringify(key.v) : key.k} not found statically`);
    }
    if (obj.k === 'oneOf')
        return (0, values_1.oneOf)(obj.options.map((o) => getItem(o, key, interp)));
    return obj.k === 'unknown' ? obj : (0, values_1.unknown)(`item of ${obj.k}`);
}
const opaqueAttrs = new WeakMap();
/** `obj.attr` on an evaluated value. */
function getAttr(interp, obj, attr) {
    switch (obj.k) {
        case 'spec': {
            const v = (0, specs_1.specAttribute)(obj.spec, attr);
            interp.noteSpec(obj.spec);
            return v ?? (0, values_1.unknown)(`spec attribute ${attr}`);
        }
        case 'module': {
            interp.ensureModule(obj.mod);
            const v = obj.mod.globals.vars.get(attr);
            if (v)
                return v;
            const sub = interp.host.resolveImport(obj.mod, attr, 1);
            return sub ? { k: 'module', mod: sub } : (0, values_1.unknown)(`${attr} is not defined in ${obj.mod.path}`);
        }
        case 'class':
        case 'instance': {
            const found = lookupAttr(obj, attr);
            if (found && obj.k === 'instance' && found.k === 'func')
                return { ...found, self: obj };
            return found ?? (0, values_1.unknown)(`attribute ${attr} of ${obj.k === 'class' ? obj.name : obj.cls.name}`);
        }
        case 'extern':
            return { k: 'extern', name: `${obj.name}.${attr}` };
        case 'opaque': {
            // the same attribute of the same run-time value is the same value (`args.mode` tested twice)
            let attrs = opaqueAttrs.get(obj);
            if (!attrs)
                opaqueAttrs.set(obj, (attrs = new Map()));
            let v = attrs.get(attr);
            if (!v)
                attrs.set(attr, (v = { k: 'opaque', why: `attribute of ${obj.why}` }));
            return v;
        }
        case 'unknown':
            return obj;
        case 'oneOf':
            return (0, values_1.oneOf)(obj.options.map((o) => getAttr(interp, o, attr)));
        default:
            return (0, builtins_1.methodOf)(obj, attr) ?? (0, values_1.unknown)(`attribute ${attr} of ${obj.k}`);
    }
}
function lookupAttr(obj, attr, seen = new Set()) {
    if (obj.k === 'instance')
        return obj.attrs.get(attr) ?? lookupAttr(obj.cls, attr, seen);
    if (seen.has(obj))
        return undefined;
    seen.add(obj);
    const own = obj.attrs.get(attr);
    if (own)
        return own;
    for (const base of obj.bases)
        if (base.k === 'class') {
            const v = lookupAttr(base, attr, seen);
            if (v)
                return v;
        }
    return undefined;
}
/** Evaluates a call's arguments. */
function evalArgs(interp, call, scope) {
    const out = { positional: [], keywords: new Map(), hasUnknownSplat: false };
    const list = call.childForFieldName('arguments');
    if (!list)
        return out;
    if (list.type === 'generator_expression') {
        out.positional.push(evalExpr(interp, list, scope));
        return out;
    }
    for (const arg of (0, syntax_1.codeChildren)(list)) {
        if (arg.type === 'keyword_argument') {
            out.keywords.set(arg.childForFieldName('name').text, evalExpr(interp, arg.childForFieldName('value'), scope));
        }
        else if (arg.type === 'list_splat') {
            const it = (0, operations_1.iterate)(evalExpr(interp, (0, syntax_1.codeChildren)(arg)[0], scope), interp);
            if (it) {
                interp.charge(it.values.length);
                (0, operations_1.appendAll)(out.positional, it.values);
            }
            if (!it || !it.exact)
                out.hasUnknownSplat = true;
        }
        else if (arg.type === 'dictionary_splat') {
            const v = evalExpr(interp, (0, syntax_1.codeChildren)(arg)[0], scope);
            if (v.k === 'dict')
                for (const [k, x] of v.entries)
                    if (k.k === 'str')
                        out.keywords.set(k.v, x);
            if (v.k !== 'dict' || v.inexact || v.entries.some(([k]) => k.k !== 'str'))
                out.hasUnknownSplat = true;
        }
        else {
            out.positional.push(evalExpr(interp, arg, scope));
        }
    }
    return out;
}
function evalCall(interp, call, scope) {
    const hooked = interp.hook?.(call, scope, interp);
    if (hooked)
        return hooked;
    const callee = evalExpr(interp, call.childForFieldName('function'), scope);
    const args = evalArgs(interp, call, scope);
    return callValue(interp, callee, args, call, scope);
}
/** Calls an evaluated callee. Spec classes build spec records. */
function callValue(interp, callee, args, call, scope) {
    const path = scope.mod.path;
    switch (callee.k) {
        case 'func': {
            if (callee.def.parent?.type === 'decorated_definition' && !plainDecorators(callee.def)) {
                return { k: 'opaque', why: `${callee.name}() is decorated` };
            }
            interp.callers.push({ path, node: call });
            try {
                return interp.callFunction(callee, args, callee.self);
            }
            finally {
                interp.callers.pop();
            }
        }
        case 'lambda':
            return interp.callFunction(callee, args);
        case 'class': {
            const cls = (0, specs_1.specClassOf)(callee.name, interp.host.specClassNames);
            if (cls)
                return newSpec(interp, cls, args, path, call, (0, era_1.classEra)(callee.def, callee.mod.path, callee.name));
            const instance = { k: 'instance', cls: callee, attrs: new Map() };
            const init = lookupAttr(callee, '__init__');
            if (init?.k === 'func')
                interp.callFunction(init, args, instance);
            else if (isDataclass(callee.def))
                bindFields(callee.def, args, instance.attrs);
            interp.onInstance?.(instance, call, scope);
            return instance;
        }
        case 'extern': {
            const cls = (0, specs_1.specClassOf)(callee.name, interp.host.specClassNames);
            if (cls)
                return newSpec(interp, cls, args, path, call, (0, era_1.externEra)(callee.name, !!keywordArg(call, 'is_output')));
            if ((callee.name === 'dataclasses.replace' || callee.name === 'replace') && args.positional[0]?.k === 'spec') {
                const spec = (0, specs_1.replaceSpec)(args.positional[0].spec, args.keywords, path, call);
                spec.isOutputArg = keywordArg(call, 'is_output');
                spec.replaced = args.positional[0].spec;
                interp.noteSpec(args.positional[0].spec);
                interp.noteSpec(spec);
                return { k: 'spec', spec };
            }
            const loaded = loadByPath(interp, callee.name, args, call, scope);
            if (loaded)
                return loaded;
            return { k: 'opaque', why: `result of ${callee.name}()` };
        }
        case 'builtin':
            return (0, builtins_1.callBuiltin)(interp, callee, args);
        case 'oneOf':
            return interp.maybe(() => (0, values_1.oneOf)(callee.options.map((o) => callValue(interp, o, args, call, scope))));
        case 'opaque':
            return { k: 'opaque', why: `result of calling ${callee.why}` };
        case 'unknown':
            return (0, values_1.unknown)(`call of an undecidable callee (${callee.why})`, { path, node: call });
        default:
            return (0, values_1.unknown)(`call of ${callee.k}`, { path, node: call });
    }
}
const moduleSpecs = new WeakMap();
/**
 * `spec = importlib.util.spec_from_file_location(name, <dir of __file__> / "m.py")`,
 * `mod = importlib.util.module_from_spec(spec)`: the sibling module `m`, read as an import.
 */
function loadByPath(interp, name, args, call, scope) {
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (last === 'module_from_spec')
        return args.positional[0] ? moduleSpecs.get(args.positional[0]) : undefined;
    if (last !== 'spec_from_file_location')
        return undefined;
    const sibling = (0, file_loads_1.siblingIn)(call.childForFieldName('arguments')?.text ?? '');
    const mod = sibling ? interp.host.resolveImport(scope.mod, sibling, 1) : undefined;
    if (!mod)
        return undefined;
    const spec = { k: 'opaque', why: `module spec of ${sibling}` };
    moduleSpecs.set(spec, { k: 'module', mod });
    return spec;
}
function newSpec(interp, cls, args, path, call, era) {
    const { order, ...eraOfCall } = era;
    const spec = (0, specs_1.makeSpec)(cls, args, path, call, order);
    spec.era = eraOfCall;
    const kw = keywordArg(call, 'is_output');
    if (kw)
        spec.isOutputArg = kw;
    interp.noteSpec(spec);
    return { k: 'spec', spec };
}
function isDataclass(def) {
    return def.parent?.type === 'decorated_definition' && def.parent.namedChildren.some((d) => d?.type === 'decorator' && /\bdataclass\b/.test(d.text));
}
/** A dataclass's generated `__init__`: fields are the annotated names of its body, in order. */
function bindFields(def, args, attrs) {
    const fields = [];
    for (const stmt of (0, syntax_1.codeChildren)(def.childForFieldName('body'))) {
        const a = stmt.type === 'expression_statement' ? (0, syntax_1.codeChildren)(stmt)[0] : undefined;
        if (a?.type === 'assignment' && a.childForFieldName('type') && a.childForFieldName('left')?.type === 'identifier')
            fields.push(a.childForFieldName('left').text);
    }
    fields.forEach((f, i) => {
        const v = i < args.positional.length ? args.positional[i] : args.keywords.get(f);
        if (v)
            attrs.set(f, v);
        else if (args.hasUnknownSplat)
            attrs.set(f, (0, values_1.unknown)(`field ${f} may come from **kwargs`));
    });
}
/** Decorators that do not change what a function returns when called. */
function plainDecorators(def) {
    const decorated = def.parent;
    return decorated.namedChildren
        .filter((c) => c?.type === 'decorator')
        .every((d) => /^@\s*(staticmethod|classmethod|functools\.(lru_cache|cache|wraps)|lru_cache|cache)\b/.test(d.text));
}
/** The `name=value` keyword argument node of a call, if written. */
function keywordArg(call, name) {
    const list = call.childForFieldName('arguments');
    if (!list || list.type !== 'argument_list')
        return undefined;
    return (0, syntax_1.codeChildren)(list).find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
}
//# sourceMappingURL=expressions.js.map