"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readConfig = readConfig;
exports.conflictingKey = conflictingKey;
exports.mergeLiterals = mergeLiterals;
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
//# sourceMappingURL=config.js.map