"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readConfig = readConfig;
exports.conflictingKey = conflictingKey;
exports.mergeLiterals = mergeLiterals;
exports.surelyDict = surelyDict;
const PY_KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
const lineOf = (n) => n.startPosition.row;
/** Reads a `compile_cfg=`/`runtime_cfg=` value: a literal dict (its keys, in order, with their comments), another expression, or a literal with a `**` splat. */
function readConfig(value) {
    const isDictCall = value.type === 'call' && value.childForFieldName('function')?.text === 'dict' && value.childForFieldName('arguments')?.type === 'argument_list';
    if (!isDictCall && value.type !== 'dictionary')
        return { k: 'opaque', node: value };
    const holder = isDictCall ? value.childForFieldName('arguments') : value;
    const entries = [];
    let pending = [];
    for (const c of holder.namedChildren) {
        if (!c)
            continue;
        if (c.type === 'comment') {
            const text = c.text.replace(/\r$/, ''); // tree-sitter keeps a CRLF file's CR in the comment
            const last = entries[entries.length - 1];
            // a comment on the line an entry ends (after its comma) belongs to it
            if (last && !last.after && !pending.length && lineOf(c) === last.node.endPosition.row)
                last.after = text;
            else
                pending.push(text);
            continue;
        }
        if (c.type === 'dictionary_splat' || c.type === 'list_splat')
            return { k: 'splat', why: `${c.text.slice(0, 40)} spreads a dict whose keys are unknown` };
        if (isDictCall && c.type !== 'keyword_argument')
            return { k: 'splat', why: `dict(${c.text.slice(0, 40)}, ...) copies a dict whose keys are unknown` };
        if (!isDictCall && c.type !== 'pair')
            return { k: 'opaque', node: value }; // a comprehension
        const keyNode = isDictCall ? c.childForFieldName('name') : c.childForFieldName('key');
        if (!isDictCall && (keyNode.type !== 'string' || keyNode.descendantsOfType('interpolation').length || /^[rbfuRBFU]/.test(keyNode.text)))
            return { k: 'opaque', node: value };
        const key = isDictCall ? keyNode.text : keyNode.text.slice(1, -1);
        entries.push({ key, value: c.childForFieldName('value'), node: c, before: pending });
        pending = [];
    }
    return { k: 'literal', lit: { form: isDictCall ? 'call' : 'dict', node: value, entries, trailing: pending, multiline: value.startPosition.row !== value.endPosition.row } };
}
/** A key given twice with different values (source text), or undefined. */
function conflictingKey(lits) {
    const seen = new Map();
    for (const lit of lits) {
        for (const e of lit.entries) {
            const v = e.value.text.replace(/\s+/g, ' ');
            const prev = seen.get(e.key);
            if (prev !== undefined && prev !== v)
                return { key: e.key, a: prev, b: v };
            seen.set(e.key, v);
        }
    }
    return undefined;
}
/** The indentation of the line holding `offset`. */
function indentAt(text, offset) {
    const ls = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(ls))[0];
}
/**
 * One literal holding every key of `lits` in source order (a key given again
 * with the same value once), in the first one's spelling (`dict(k=v)` or
 * `{"k": v}`; `{...}` when a key is no identifier), values and comments as
 * written. One line when every literal is on one line without comments;
 * otherwise one key per line at the indentation of the first multi-line
 * literal's keys.
 */
function mergeLiterals(text, lits, eol) {
    const keys = new Set();
    const entries = [];
    const trailing = [];
    for (const lit of lits) {
        for (const e of lit.entries) {
            if (keys.has(e.key)) {
                trailing.push(...e.before, ...(e.after ? [e.after] : []));
                continue;
            }
            keys.add(e.key);
            entries.push(e);
        }
        trailing.push(...lit.trailing);
    }
    const asCall = lits[0].form === 'call' && entries.every((e) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(e.key) && !PY_KEYWORDS.has(e.key));
    const form = (e, owner) => {
        const same = (owner.form === 'call') === asCall;
        if (same)
            return e.node.text;
        return asCall ? `${e.key}=${e.value.text}` : `${JSON.stringify(e.key)}: ${e.value.text}`;
    };
    const ownerOf = new Map();
    for (const lit of lits)
        for (const e of lit.entries)
            ownerOf.set(e, lit);
    const [open, close] = asCall ? ['dict(', ')'] : ['{', '}'];
    const comments = entries.some((e) => e.before.length || e.after) || trailing.length;
    const host = lits.find((l) => l.multiline);
    if (!host && !comments)
        return `${open}${entries.map((e) => form(e, ownerOf.get(e))).join(', ')}${close}`;
    const first = host?.entries[0];
    const base = indentAt(text, (host ?? lits[0]).node.startIndex);
    const indent = first && lineOf(first.node) !== lineOf(host.node) ? indentAt(text, first.node.startIndex) : base + '    ';
    const closeIndent = host ? indentAt(text, host.node.endIndex - 1) : base;
    const lines = [open];
    for (const e of entries) {
        for (const c of e.before)
            lines.push(indent + c);
        lines.push(`${indent}${form(e, ownerOf.get(e))},${e.after ? `  ${e.after}` : ''}`);
    }
    for (const c of trailing)
        lines.push(indent + c);
    lines.push(closeIndent + close);
    return lines.join(eol);
}
/**
 * Whether an expression is a dict on every path, by the text of its scope:
 * a dict display, `dict(...)` or a dict comprehension, or a name every
 * binding of which in its function (or, when the function binds it nowhere,
 * in its module) is `NAME = <one of those>`. A parameter, a loop or `with`
 * target, an augmented assignment or any other binding: not sure.
 */
function surelyDict(value, depth = 0) {
    if (value.type === 'dictionary' || value.type === 'dictionary_comprehension')
        return true;
    if (value.type === 'call')
        return value.childForFieldName('function')?.text === 'dict' && value.childForFieldName('arguments')?.type === 'argument_list';
    if (value.type !== 'identifier' || depth > 4)
        return false;
    let scope = value.parent;
    while (scope && scope.type !== 'function_definition' && scope.type !== 'module')
        scope = scope.parent;
    for (; scope; scope = scope.type === 'module' ? null : moduleOf(scope)) {
        const binds = bindingsOf(scope, value.text);
        if (binds === undefined)
            return false;
        if (binds.length)
            return binds.every((right) => surelyDict(right, depth + 1));
    }
    return false;
}
function moduleOf(n) {
    let m = n;
    while (m && m.type !== 'module')
        m = m.parent;
    return m;
}
/** The right sides of `name = ...` in a scope (nested functions and classes not entered); undefined when anything else binds it. */
function bindingsOf(scope, name) {
    const rights = [];
    if (scope.type === 'function_definition') {
        const params = scope.childForFieldName('parameters');
        if (params && params.descendantsOfType('identifier').some((id) => id?.text === name))
            return undefined;
    }
    const body = scope.type === 'function_definition' ? scope.childForFieldName('body') : scope;
    const stack = body ? [body] : [];
    while (stack.length) {
        const n = stack.pop();
        for (const c of n.namedChildren) {
            if (!c)
                continue;
            if (c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'lambda') {
                if (c.childForFieldName('name')?.text === name)
                    return undefined;
                continue;
            }
            if (c.type === 'assignment' && c.childForFieldName('left')?.type === 'identifier' && c.childForFieldName('left').text === name) {
                const right = c.childForFieldName('right');
                if (!right || c.childForFieldName('type'))
                    return undefined;
                rights.push(right);
            }
            else if (c.type === 'identifier' && c.text === name && c.parent && isOtherBinding(c))
                return undefined;
            stack.push(c);
        }
    }
    return rights;
}
/** An identifier bound other than by a plain assignment: augmented, tuple, loop, with, walrus, import, global, except, del. */
function isOtherBinding(id) {
    for (let n = id, up = id.parent; up; n = up, up = up.parent) {
        switch (up.type) {
            case 'pattern_list':
            case 'tuple_pattern':
            case 'list_pattern':
                continue;
            case 'augmented_assignment':
            case 'assignment':
            case 'for_statement':
            case 'for_in_clause':
                return up.childForFieldName('left')?.startIndex === n.startIndex && (up.type !== 'assignment' || n !== id);
            case 'named_expression':
                return up.childForFieldName('name')?.startIndex === n.startIndex;
            case 'as_pattern_target':
            case 'aliased_import':
            case 'global_statement':
            case 'nonlocal_statement':
            case 'delete_statement':
            case 'dotted_name':
                return true;
            default:
                return false;
        }
    }
    return false;
}
//# sourceMappingURL=config.js.map