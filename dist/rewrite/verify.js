"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.structuralDifference = structuralDifference;
const apply_1 = require("./apply");
/** Every node of a tree in source order (type, range, named, leaf), read with a cursor. */
function nodes(tree) {
    const out = [];
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
 * Where an input offset lands in the output. An insertion exactly at the
 * offset counts when `includeAt` (a node that starts after a new `pl.Out[`,
 * or ends there and contains the new `]`).
 */
function shift(edits, p, includeAt) {
    let d = 0;
    for (const e of edits) {
        const insertion = e.start === e.end;
        if (e.end < p || (e.end === p && (!insertion || includeAt)))
            d += e.text.length - (e.end - e.start);
    }
    return p + d;
}
/**
 * Checks that an edited text differs from its input only by the edits'
 * wrapper text: every named node of the input is found again, of the same
 * kind, over the same (shifted) range; and the output's tokens, minus those
 * inside inserted text, equal the input's, with renamed words (`Out` ->
 * `InOut`) in place. Returns a description of the first difference, or
 * undefined.
 */
function structuralDifference(inputTree, input, outputTree, output, unsorted) {
    const edits = (0, apply_1.sortEdits)(unsorted);
    const inserted = [];
    const renamed = new Map(); // output start -> input start
    let delta = 0;
    for (const e of edits) {
        const start = e.start + delta;
        if (e.end === e.start || e.keyword)
            inserted.push([start, start + e.text.length]);
        else
            renamed.set(start, e.start);
        delta += e.text.length - (e.end - e.start);
    }
    const isInserted = (l) => inserted.some(([a, b]) => l.start >= a && l.end <= b && l.end > l.start);
    const inputNodes = nodes(inputTree);
    const outputNodes = nodes(outputTree);
    const deletions = edits.filter((e) => e.keyword);
    const bad = deletions.map((e) => checkDeletion(inputTree, inputNodes, input, e)).find(Boolean);
    if (bad)
        return bad;
    const deleted = (n) => deletions.some((e) => n.start >= e.start && n.end <= e.end && n.end > n.start);
    // every named input node is still there, as the same kind over the same (shifted) text
    const present = new Set(outputNodes.filter((n) => n.named).map((n) => `${n.type}:${n.start}:${n.end}`));
    for (const n of inputNodes) {
        if (!n.named || n.type === 'type')
            continue; // `type` wraps the annotation and moves outward with it
        if (deleted(n))
            continue; // inside a keyword deletion, checked by checkDeletion
        // a node starting where a wrapper opens now starts after it; one ending where it closes may or may not contain the `]`
        const start = shift(edits, n.start, true);
        const found = [false, true].some((b) => present.has(`${n.type}:${start}:${shift(edits, n.end, b)}`));
        if (!found)
            return `${n.type} at ${n.start}-${n.end} is not kept as it was`;
    }
    const before = inputNodes.filter((n) => n.leaf && !deleted(n));
    const after = outputNodes.filter((n) => n.leaf && !isInserted(n));
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
/**
 * A keyword deletion may remove exactly one `is_output=` keyword argument,
 * commas and whitespace; comments it spans must come back in its text, and
 * its text may hold nothing else.
 */
function checkDeletion(tree, all, input, e) {
    const kw = e.keyword;
    let node = tree.rootNode.descendantForIndex(kw.start, kw.end);
    while (node && !(node.startIndex === kw.start && node.endIndex === kw.end && node.type === 'keyword_argument'))
        node = node.parent;
    if (!node || node.childForFieldName('name')?.text !== 'is_output')
        return `deletion at ${kw.start}-${kw.end} is not an is_output keyword argument`;
    if (e.start > kw.start || e.end < kw.end)
        return `deletion at ${e.start}-${e.end} does not cover its keyword`;
    const comments = [];
    for (const l of all) {
        if (!l.leaf || l.start < e.start || l.end > e.end || l.end === l.start)
            continue;
        if (l.start >= kw.start && l.end <= kw.end) {
            if (l.type === 'comment')
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
//# sourceMappingURL=verify.js.map