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
        if (e.end === e.start)
            inserted.push([start, start + e.text.length]);
        else
            renamed.set(start, e.start);
        delta += e.text.length - (e.end - e.start);
    }
    const isInserted = (l) => inserted.some(([a, b]) => l.start >= a && l.end <= b && l.end > l.start);
    const inputNodes = nodes(inputTree);
    const outputNodes = nodes(outputTree);
    // every named input node is still there, as the same kind over the same (shifted) text
    const present = new Set(outputNodes.filter((n) => n.named).map((n) => `${n.type}:${n.start}:${n.end}`));
    for (const n of inputNodes) {
        if (!n.named || n.type === 'type')
            continue; // `type` wraps the annotation and moves outward with it
        // a node starting where a wrapper opens now starts after it; one ending where it closes may or may not contain the `]`
        const start = shift(edits, n.start, true);
        const found = [false, true].some((b) => present.has(`${n.type}:${start}:${shift(edits, n.end, b)}`));
        if (!found)
            return `${n.type} at ${n.start}-${n.end} is not kept as it was`;
    }
    const before = inputNodes.filter((n) => n.leaf);
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
//# sourceMappingURL=verify.js.map