"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.structuralDifference = structuralDifference;
const apply_1 = require("./apply");
const edits_1 = require("./edits");
const syntax_tree_1 = require("../parse/syntax-tree");
/** Every node of a tree in source order (type, range, named, leaf), read with a cursor. */
function nodes(tree) {
    const out = [];
    // tree-sitter's raw cursor when usable (the same walk at a fraction of the wrapper's cost per node)
    if ((0, syntax_tree_1.walkWasmTree)(tree, (type, start, end, named, leaf) => void out.push({ type, start, end, named, leaf })))
        return out;
    const cursor = tree.walk();
    try {
        for (;;) {
            const node = { type: cursor.nodeType, start: cursor.startIndex, end: cursor.endIndex, named: cursor.nodeIsNamed, leaf: false };
            out.push(node);
            if (cursor.gotoFirstChild())
                continue;
            node.leaf = true;
            while (!cursor.gotoNextSibling()) {
                if (!cursor.gotoParent())
                    return out;
            }
        }
    }
    finally {
        cursor.delete();
    }
}
/**
 * Where input offsets land in the output. Sorted edits do not overlap, so
 * their ends never decrease: an offset is placed by binary search over the
 * running sum of their length changes (linear in nodes, not nodes x edits:
 * a file with thousands of edits has a million nodes).
 */
class Shift {
    edits;
    ends;
    /** before[i]: total length change of edits[0..i). */
    before = [0];
    constructor(edits) {
        this.edits = edits;
        this.ends = edits.map((e) => e.end);
        for (const e of edits)
            this.before.push(this.before[this.before.length - 1] + e.text.length - (e.end - e.start));
    }
    /**
     * Where offset `p` lands. An insertion exactly at the offset counts when
     * `includeAt` (a node that starts after a new `pl.Out[`, or ends there and
     * contains the new `]`).
     */
    at(p, includeAt) {
        let i = firstAtLeast(this.ends, p);
        let d = this.before[i];
        for (; i < this.edits.length && this.ends[i] === p; i++) {
            const e = this.edits[i];
            if (e.start !== e.end || includeAt)
                d += e.text.length - (e.end - e.start);
        }
        return p + d;
    }
}
/** The first index of a non-decreasing array whose value is >= x (its length when none). */
function firstAtLeast(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Tests whether a (non-empty) node lies inside one of sorted, disjoint ranges, by binary search. */
function insideOneOf(ranges) {
    const starts = ranges.map((r) => r.start);
    return (n) => {
        if (n.end <= n.start)
            return false;
        const i = firstAtLeast(starts, n.start + 1) - 1; // the last range starting at or before the node
        return i >= 0 && n.end <= ranges[i].end;
    };
}
const within = (n, r) => n.start >= r.start && n.end <= r.end;
/** The node with exactly this range and type (or any type), climbing from the smallest one there. */
function nodeAt(tree, r, types) {
    let n = tree.rootNode.descendantForIndex(r.start, Math.max(r.start, r.end - 1));
    while (n && !(n.startIndex === r.start && n.endIndex === r.end && (!types || types.includes(n.type)))) {
        if (n.startIndex < r.start || n.endIndex > r.end)
            return undefined;
        n = n.parent;
    }
    return n ?? undefined;
}
/** Comment texts inside a range, in order. */
function commentsIn(all, text, r) {
    return all.filter((l) => l.type === 'comment' && within(l, r)).map((l) => text.slice(l.start, l.end).replace(/\r$/, ''));
}
const sameBag = (a, b) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
/**
 * Checks that an edited text differs from its input exactly as its edits'
 * kinds allow (see `EditKind`): outside the ranges an edit deletes or
 * rewrites, every named node of the input is found again, of the same kind,
 * over the same (shifted) range, and the output's tokens equal the input's,
 * with renamed words (`Out` -> `InOut`, `run_jit` -> `run`) in place; each
 * edit is then checked by the contract of its kind. Returns a description of
 * the first difference, or undefined.
 */
function structuralDifference(inputTree, input, outputTree, output, unsorted) {
    const edits = (0, apply_1.sortEdits)(unsorted);
    const inserted = []; // output ranges of inserted text (wrappers, comments a deletion keeps)
    const renamed = new Map(); // output start -> input start
    const deleted = []; // input ranges a deletion removes
    const regions = []; // rewritten ranges, checked by their kind's contract
    const skipped = []; // input nodes an edit takes apart (an unwrapped wrapper)
    let delta = 0;
    for (const e of edits) {
        const start = e.start + delta;
        const kind = (0, edits_1.editKind)(e);
        if (kind === 'wrap' || kind === 'delete-keyword' || kind === 'harness-drop')
            inserted.push({ start, end: start + e.text.length });
        if (kind === 'rename' || kind === 'harness-rename')
            renamed.set(start, e.start);
        if (kind === 'delete-keyword' || kind === 'harness-drop' || kind === 'unwrap')
            deleted.push({ start: e.start, end: e.end });
        if (kind === 'harness-config' || kind === 'harness-import')
            regions.push({ edit: e, out: { start, end: start + e.text.length } });
        // a statement removed whole: the block it opened now starts at the next statement
        if (kind === 'harness-import' && e.text === '')
            skipped.push((n) => n.start >= e.start && n.start < e.end && n.end > e.end);
        if (kind === 'unwrap' && e.target) {
            const t = e.target;
            const inner = innerOf(edits, t);
            if (inner)
                skipped.push((n) => within(n, t) && !within(n, inner));
        }
        delta += e.text.length - (e.end - e.start);
    }
    const inputNodes = nodes(inputTree);
    const outputNodes = nodes(outputTree);
    for (const e of edits) {
        const bad = checkEdit(e, edits, inputTree, inputNodes, input, outputTree, outputNodes, output, regions);
        if (bad)
            return bad;
    }
    // edits are sorted and disjoint, so are these ranges
    const isDeleted = insideOneOf(deleted);
    const inRegion = insideOneOf(regions.map((r) => ({ start: r.edit.start, end: r.edit.end })));
    const inOutRegion = insideOneOf(regions.map((r) => r.out));
    const isInserted = insideOneOf(inserted);
    const shift = new Shift(edits);
    // every named input node is still there, as the same kind over the same (shifted) text
    // named output nodes by range (one number: texts are at most 8 MiB, offsets far below 2^26), then type
    const span = (start, end) => start * 2 ** 26 + end;
    const present = new Map();
    for (const n of outputNodes) {
        if (!n.named)
            continue;
        const key = span(n.start, n.end);
        const there = present.get(key);
        present.set(key, there === undefined ? n.type : [...(typeof there === 'string' ? [there] : there), n.type]);
    }
    const hasNode = (type, start, end) => {
        const there = present.get(span(start, end));
        return there === type || (Array.isArray(there) && there.includes(type));
    };
    for (const n of inputNodes) {
        if (!n.named || n.type === 'type')
            continue; // `type` wraps the annotation and moves outward with it
        if (isDeleted(n) || inRegion(n) || skipped.some((s) => s(n)))
            continue; // checked by its edit's contract
        // a node starting where a wrapper opens now starts after it; one ending where it closes may or may not contain the `]`
        const start = shift.at(n.start, true);
        const found = hasNode(n.type, start, shift.at(n.end, false)) || hasNode(n.type, start, shift.at(n.end, true));
        if (!found)
            return `${n.type} at ${n.start}-${n.end} is not kept as it was`;
    }
    const before = inputNodes.filter((n) => n.leaf && !isDeleted(n) && !inRegion(n));
    const after = outputNodes.filter((n) => n.leaf && !isInserted(n) && !inOutRegion(n));
    if (before.length !== after.length)
        return `token count changed (${before.length} -> ${after.length})`;
    for (let i = 0; i < before.length; i++) {
        const a = before[i];
        const b = after[i];
        const textA = input.slice(a.start, a.end);
        const textB = output.slice(b.start, b.end);
        if (a.type !== b.type)
            return `token ${i} changed type (${a.type} -> ${b.type})`;
        if (textA !== textB && renamed.get(b.start) !== a.start)
            return `token ${i} changed text (${JSON.stringify(textA)} -> ${JSON.stringify(textB)})`;
    }
    return undefined;
}
/** The type an unwrapped wrapper held: between its two deletions. */
function innerOf(edits, target) {
    const mine = edits.filter((e) => (0, edits_1.editKind)(e) === 'unwrap' && e.target?.start === target.start && e.target.end === target.end);
    const head = mine.find((e) => e.start === target.start);
    const tail = mine.find((e) => e.end === target.end);
    return head && tail ? { start: head.end, end: tail.start } : undefined;
}
const WRAPPER_OPEN = /^(?:[A-Za-z_][A-Za-z0-9_]*\.)*(?:Out|InOut)\[$/;
const WRAPPER_NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*\.)*(?:Out|InOut)$/;
const CFG_KEYWORDS = ['compile_cfg', 'runtime_cfg'];
/** One edit against the contract of its kind. */
function checkEdit(e, edits, inTree, inNodes, input, outTree, outNodes, output, regions) {
    const where = `${(0, edits_1.editKind)(e)} edit at ${e.start}-${e.end}`;
    switch ((0, edits_1.editKind)(e)) {
        case 'wrap':
            return e.start === e.end && (WRAPPER_OPEN.test(e.text) || e.text === ']') ? undefined : `${where} inserts ${JSON.stringify(e.text)}, not a direction wrapper`;
        case 'rename':
            return WRAPPER_NAME.test(input.slice(e.start, e.end)) && WRAPPER_NAME.test(e.text) ? undefined : `${where} renames ${JSON.stringify(input.slice(e.start, e.end))} to ${JSON.stringify(e.text)}, not a direction wrapper`;
        case 'delete-keyword':
            return checkDeletion(inTree, inNodes, input, e, ['is_output'], false);
        case 'harness-drop':
            return checkDeletion(inTree, inNodes, input, e, CFG_KEYWORDS, true) ?? (regions.some((r) => (0, edits_1.editKind)(r.edit) === 'harness-config' && r.edit.merges?.some((m) => m.start === e.keyword?.start && m.end === e.keyword?.end)) ? undefined : `${where} removes a config keyword no config= receives`);
        case 'unwrap':
            return checkUnwrap(inTree, inNodes, input, e, edits);
        case 'harness-rename': {
            const id = nodeAt(inTree, e, ['identifier']);
            const call = id?.parent?.type === 'attribute' ? id.parent.parent : id?.parent;
            const callee = call?.type === 'call' ? call.childForFieldName('function') : undefined;
            const ok = id && id.text === 'run_jit' && e.text === 'run' && callee && callee.startIndex <= id.startIndex && callee.endIndex === id.endIndex;
            return ok ? undefined : `${where} is not the callee run_jit renamed to run`;
        }
        case 'harness-config': {
            const out = regions.find((r) => r.edit === e).out;
            return checkConfig(inTree, inNodes, input, outTree, outNodes, output, e, out);
        }
        case 'harness-import': {
            const out = regions.find((r) => r.edit === e).out;
            return checkImport(inTree, inNodes, input, outTree, outNodes, output, e, out);
        }
    }
}
/**
 * A keyword deletion may remove exactly one keyword argument of the allowed
 * names, commas and whitespace; comments it spans come back in its text
 * (with `movesInner`, those inside the argument move with its value into
 * `config=` instead), and its text holds nothing else.
 */
function checkDeletion(tree, all, input, e, names, movesInner) {
    const kw = e.keyword;
    if (!kw)
        return `deletion at ${e.start}-${e.end} names no keyword`;
    const node = nodeAt(tree, kw, ['keyword_argument']);
    if (!node || !names.includes(node.childForFieldName('name')?.text ?? ''))
        return `deletion at ${kw.start}-${kw.end} is not ${names.length === 1 ? `an ${names[0]}` : `a ${names.join(' or ')}`} keyword argument`;
    if (e.start > kw.start || e.end < kw.end)
        return `deletion at ${e.start}-${e.end} does not cover its keyword`;
    const comments = [];
    for (const l of all) {
        if (!l.leaf || l.start < e.start || l.end > e.end || l.end === l.start)
            continue;
        if (l.start >= kw.start && l.end <= kw.end) {
            if (l.type === 'comment' && !movesInner)
                comments.push(input.slice(l.start, l.end).replace(/\r$/, ''));
            continue;
        }
        if (l.type === 'comment')
            comments.push(input.slice(l.start, l.end).replace(/\r$/, ''));
        else if (l.type !== ',')
            return `deletion at ${e.start}-${e.end} removes ${JSON.stringify(input.slice(l.start, l.end))}`;
    }
    const kept = e.text.match(/#[^\r\n]*/g) ?? [];
    if (e.text.replace(/#[^\r\n]*/g, '').trim() !== '')
        return `deletion at ${e.start}-${e.end} inserts more than comments`;
    if (kept.join('\n') !== comments.join('\n'))
        return `deletion at ${e.start}-${e.end} does not keep its comments`;
    return undefined;
}
/**
 * An unwrap deletes a direction wrapper's opening (its name and `[`, up to
 * the type it holds) or its closing (a trailing comma and `]`), with
 * whitespace, and nothing else: no comment, no part of the type.
 */
function checkUnwrap(tree, all, input, e, edits) {
    const where = `unwrap at ${e.start}-${e.end}`;
    if (e.text !== '' || !e.target)
        return `${where} inserts text or names no wrapper`;
    const wrapper = nodeAt(tree, e.target, ['subscript', 'generic_type']);
    const inner = innerOf(edits, e.target);
    if (!wrapper || !inner)
        return `${where} is not one of the two halves of a wrapper`;
    const head = wrapper.type === 'subscript' ? wrapper.childForFieldName('value') : wrapper.namedChildren[0];
    const name = head?.text.replace(/\s+/g, '') ?? '';
    if (!WRAPPER_NAME.test(name))
        return `${where} removes ${JSON.stringify(name)}, not a direction wrapper`;
    const leaves = all.filter((l) => l.leaf && l.end > l.start && within(l, e));
    if (e.start === e.target.start) {
        const text = leaves.map((l) => input.slice(l.start, l.end)).join('');
        if (text !== name + '[')
            return `${where} removes ${JSON.stringify(text)}, not the wrapper's opening`;
    }
    else {
        if (leaves.some((l) => l.type !== ',' && l.type !== ']') || leaves.filter((l) => l.type === ']').length !== 1)
            return `${where} removes more than the wrapper's closing`;
    }
    // the type it held is one node, left whole
    const held = nodeAt(tree, inner);
    return held ? undefined : `${where} leaves no single type inside the wrapper`;
}
/** `dict(k=v, ...)` or `{"k": v, ...}` as (key, value text) pairs; undefined for anything else. */
function literalEntries(node) {
    if (node.type === 'call' && node.childForFieldName('function')?.text === 'dict') {
        const args = node.childForFieldName('arguments')?.namedChildren.filter((c) => !!c && c.type !== 'comment') ?? [];
        if (!args.every((a) => a.type === 'keyword_argument'))
            return undefined;
        return args.map((a) => [a.childForFieldName('name').text, a.childForFieldName('value').text]);
    }
    if (node.type === 'dictionary') {
        const out = [];
        for (const c of node.namedChildren) {
            if (!c || c.type === 'comment')
                continue;
            const key = c.type === 'pair' ? c.childForFieldName('key') : null;
            if (!key || key.type !== 'string' || key.descendantsOfType('interpolation').length)
                return undefined;
            out.push([key.text.slice(1, -1), c.childForFieldName('value').text]);
        }
        return out;
    }
    return undefined;
}
/**
 * `harness-config`: the output argument is `config=` holding exactly the
 * merged values: the one value as written, `{**a, **b}` of the values as
 * written, or one literal dict with every key of the literal dicts in
 * source order (a key given twice with the same value once); the comments
 * of the merged arguments all come back inside it.
 */
function checkConfig(inTree, inNodes, input, outTree, outNodes, output, e, out) {
    const where = `harness-config edit at ${e.start}-${e.end}`;
    const merges = (e.merges ?? []).map((m) => nodeAt(inTree, m, ['keyword_argument']));
    if (!merges.length || merges.some((m) => !m || !CFG_KEYWORDS.includes(m.childForFieldName('name')?.text ?? '')))
        return `${where} merges something other than compile_cfg/runtime_cfg`;
    if (!e.target || !(e.merges ?? []).some((m) => m.start === e.target.start && m.end === e.target.end) || e.start !== e.target.start || e.end !== e.target.end)
        return `${where} does not replace one of the arguments it merges`;
    const kw = nodeAt(outTree, out, ['keyword_argument']);
    if (!kw || kw.childForFieldName('name')?.text !== 'config')
        return `${where} does not leave one config= argument`;
    const value = kw.childForFieldName('value');
    // a None value is no config (run_jit's default): it merges nothing
    const values = merges.map((m) => m.childForFieldName('value')).filter((v) => v.type !== 'none');
    const single = (values.length === 1 && value.text === values[0].text) || (!values.length && value.type === 'none');
    const splats = value.type === 'dictionary' && value.namedChildren.filter((c) => c && c.type !== 'comment');
    const spreads = (c, v) => {
        const x = c.namedChildren[0];
        if (x?.text === v.text)
            return true;
        // `**(v or {})`: the value itself, or an empty dict where it is None
        const or = x?.type === 'parenthesized_expression' ? x.namedChildren.find((n) => n?.type === 'boolean_operator') : undefined;
        return !!or && or.childForFieldName('operator')?.text === 'or' && or.childForFieldName('left')?.text === v.text && or.childForFieldName('right')?.type === 'dictionary' && !or.childForFieldName('right').namedChildren.length;
    };
    const splatted = !!splats && splats.length === values.length && splats.every((c, i) => c.type === 'dictionary_splat' && spreads(c, values[i]));
    let merged = false;
    const got = literalEntries(value);
    const parts = values.map(literalEntries);
    if (got && parts.every(Boolean)) {
        const want = [];
        for (const [k, v] of parts.flat()) {
            const seen = want.find(([k2]) => k2 === k);
            if (seen && seen[1].replace(/\s+/g, ' ') !== v.replace(/\s+/g, ' '))
                return `${where}: key ${k} has two values`;
            if (!seen)
                want.push([k, v]);
        }
        merged = got.length === want.length && got.every(([k, v], i) => k === want[i][0] && v === want[i][1]);
    }
    if (!single && !splatted && !merged)
        return `${where}: config= does not hold exactly the keys of ${merges.map((m) => m.childForFieldName('name').text).join(' and ')}`;
    const before = (e.merges ?? []).flatMap((m) => commentsIn(inNodes, input, m));
    if (!sameBag(before, commentsIn(outNodes, output, out)))
        return `${where} does not keep the comments of the arguments it merges`;
    return undefined;
}
/** The names an import-from statement binds, as `name` or `name as alias`. */
function importedNames(stmt) {
    return stmt.childrenForFieldName('name').map((n) => (n.type === 'aliased_import' ? `${n.childForFieldName('name').text} as ${n.childForFieldName('alias').text}` : n.text));
}
/**
 * `harness-import`: an import-from statement of the same module that names
 * `run` where it named `run_jit` (an alias kept), or drops `run_jit` where
 * `run` is already imported; or, when it named only `run_jit`, the whole
 * statement (and its line) goes. Its comments stay.
 */
function checkImport(inTree, inNodes, input, outTree, outNodes, output, e, out) {
    const where = `harness-import edit at ${e.start}-${e.end}`;
    const stmt = e.target && nodeAt(inTree, e.target, ['import_from_statement']);
    if (!stmt || e.start > stmt.startIndex || e.end < stmt.endIndex)
        return `${where} is not on an import-from statement`;
    const names = importedNames(stmt);
    const jit = names.filter((n) => n === 'run_jit' || n.startsWith('run_jit as '));
    if (jit.length !== 1)
        return `${where}: the statement does not import run_jit once`;
    if (e.text === '') {
        // the whole statement goes: nothing else on its lines, nothing but run_jit imported, no comment inside
        const outside = input.slice(e.start, stmt.startIndex) + input.slice(stmt.endIndex, e.end);
        if (names.length !== 1 || outside.trim() !== '' || commentsIn(inNodes, input, e).length)
            return `${where} removes more than an import of run_jit alone`;
        // ... and only where another import of the same module binds that name to run
        const module = stmt.childForFieldName('module_name')?.text;
        const wanted = jit[0].replace(/^run_jit/, 'run');
        const other = inTree.rootNode.descendantsOfType('import_from_statement').some((s) => s && s.startIndex !== stmt.startIndex && s.childForFieldName('module_name')?.text === module && importedNames(s).includes(wanted));
        return other ? undefined : `${where} removes the only import that can bind run`;
    }
    if (e.start !== stmt.startIndex || e.end !== stmt.endIndex)
        return `${where} rewrites more than its statement`;
    const now = nodeAt(outTree, out, ['import_from_statement']);
    if (!now || now.childForFieldName('module_name')?.text !== stmt.childForFieldName('module_name')?.text)
        return `${where} changes the module imported from`;
    const renamed = names.map((n) => (n === jit[0] ? n.replace(/^run_jit/, 'run') : n));
    const dropped = names.filter((n) => n !== jit[0]);
    const got = importedNames(now).join(', ');
    // dropping run_jit is right only where the statement already binds the same name to run
    const wanted = jit[0].replace(/^run_jit/, 'run');
    const ok = dropped.includes(wanted) ? got === dropped.join(', ') : got === renamed.join(', ');
    if (!ok)
        return `${where} imports ${got}, not run in place of run_jit`;
    if (!sameBag(commentsIn(inNodes, input, e), commentsIn(outNodes, output, out)))
        return `${where} does not keep its comments`;
    return undefined;
}
//# sourceMappingURL=verify.js.map