"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Node = exports.SyntaxTree = void 0;
exports.walkWasmTree = walkWasmTree;
exports.compactTree = compactTree;
exports.treeColumns = treeColumns;
exports.restoreTree = restoreTree;
const grammar_1 = require("./grammar");
const grammars = new WeakMap();
function grammarOf(language) {
    let g = grammars.get(language);
    if (!g) {
        const named = new Uint8Array(language.types.length);
        for (let i = 0; i < named.length; i++)
            named[i] = language.nodeTypeIsNamed(i) ? 1 : 0;
        const fields = Object.create(null);
        language.fields.forEach((f, i) => f && (fields[f] = i));
        grammars.set(language, (g = { types: language.types, fields, named }));
    }
    return g;
}
const NAMED = 1;
const MISSING = 2;
const ERROR = 4;
const HAS_ERROR = 8;
/**
 * Ids handed to trees: a node's id is its tree's base plus its index, so ids
 * are unique among all trees of a process, as web-tree-sitter's are among the
 * trees alive at once. An allocator of identities, not state a run owns: ids
 * key memos of one tree (never printed, never compared across trees), so a
 * long-lived server only moves the counter on (2^53 leaves room for ~10^11
 * parses of a large file).
 */
let nextIdBase = 1;
/**
 * A syntax tree read out of tree-sitter in one cursor walk into flat typed
 * arrays (node ids are indices, in pre-order). The wasm tree is freed right
 * after, so reading a node never crosses into wasm: {@link Node} objects are
 * made on first use and kept, and their properties are plain reads. Offsets
 * are UTF-16 indices into {@link text}, as web-tree-sitter gives them for a
 * string input.
 */
class SyntaxTree {
    text;
    /** Node count. */
    size;
    grammar;
    /** @internal */ typeId;
    /** @internal */ fieldId;
    /** @internal */ flags;
    /** @internal */ start;
    /** @internal */ end;
    /** @internal */ parentOf;
    /** First child of each node; 0 for none (the root is no one's child). @internal */ firstChildOf;
    /** Next sibling of each node; 0 for none. @internal */ nextSiblingOf;
    /** @internal */ idBase;
    nodes;
    lineStarts;
    /** How many {@link Node} objects were made (a work count: see `work.ts`). */
    materialized = 0;
    materializedTaken = 0;
    /** @internal use {@link compactTree} */
    constructor(text, language, arrays) {
        this.text = text;
        this.grammar = grammarOf(language);
        this.size = arrays.size;
        this.typeId = arrays.typeId;
        this.fieldId = arrays.fieldId;
        this.flags = arrays.flags;
        this.start = arrays.start;
        this.end = arrays.end;
        this.parentOf = arrays.parent;
        this.firstChildOf = arrays.firstChild;
        this.nextSiblingOf = arrays.nextSibling;
        this.idBase = nextIdBase;
        nextIdBase += this.size;
        this.nodes = new Array(this.size);
    }
    /** The root node. */
    get rootNode() {
        return this.node(0);
    }
    /**
     * Nothing to free (the arrays are ordinary memory); kept so code written
     * for web-tree-sitter trees reads the same.
     */
    delete() { }
    /** How many {@link Node} objects were made since the last call (a tree shared by groups counts in each). */
    takeMaterialized() {
        const n = this.materialized - this.materializedTaken;
        this.materializedTaken = this.materialized;
        return n;
    }
    /** The node at an index, made once. @internal */
    node(index) {
        let n = this.nodes[index];
        if (n === undefined) {
            n = this.nodes[index] = new Node(this, index);
            this.materialized++;
        }
        return n;
    }
    /** The node at an index, or null for -1 (a parent link: the root has none). @internal */
    nodeOrNull(index) {
        return index < 0 ? null : this.node(index);
    }
    /** The node a child or sibling link names, or null for 0 (the root is no one's child or sibling). @internal */
    linked(index) {
        return index === 0 ? null : this.node(index);
    }
    /** The type name of a node index. @internal */
    typeOf(index) {
        return this.grammar.types[this.typeId[index]] || 'ERROR';
    }
    /** Whether a node index is named. @internal */
    isNamedAt(index) {
        return (this.flags[index] & NAMED) !== 0;
    }
    /** The id of a field name, or -1 for a name the grammar does not have. @internal */
    fieldIdFor(name) {
        return this.grammar.fields[name] ?? -1;
    }
    /** The field name of a field id. @internal */
    fieldName(id) {
        for (const name in this.grammar.fields)
            if (this.grammar.fields[name] === id)
                return name;
        return null;
    }
    /** Row and column of an offset (tree-sitter counts rows at `\n`). @internal */
    pointAt(offset) {
        const starts = (this.lineStarts ??= lineStartsOf(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { row: lo, column: offset - starts[lo] };
    }
}
exports.SyntaxTree = SyntaxTree;
function lineStartsOf(text) {
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        count++;
    const starts = new Uint32Array(count);
    let k = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts[k++] = i + 1;
    return starts;
}
/**
 * A node of a {@link SyntaxTree}: the part of web-tree-sitter's `Node` API
 * the analysis uses, with the same member names and meanings, so code
 * written against web-tree-sitter's `Node` reads the same. Made once per
 * node and kept: a repeated read is a property read.
 */
class Node {
    tree;
    index;
    /** Unique among the nodes of all trees of this process. */
    id;
    type;
    startIndex;
    endIndex;
    textMemo;
    startMemo;
    /** @internal made by {@link SyntaxTree.node} */
    constructor(tree, 
    /** The node's index in its tree (pre-order). */
    index) {
        this.tree = tree;
        this.index = index;
        this.id = tree.idBase + index;
        this.type = tree.typeOf(index);
        this.startIndex = tree.start[index];
        this.endIndex = tree.end[index];
        this.textMemo = undefined;
        this.startMemo = undefined;
    }
    /** The source text the node spans. */
    get text() {
        return (this.textMemo ??= this.tree.text.slice(this.startIndex, this.endIndex));
    }
    get startPosition() {
        return (this.startMemo ??= this.tree.pointAt(this.startIndex));
    }
    get endPosition() {
        return this.tree.pointAt(this.endIndex);
    }
    get typeId() {
        return this.tree.typeId[this.index];
    }
    get isNamed() {
        return this.tree.isNamedAt(this.index);
    }
    get isMissing() {
        return (this.tree.flags[this.index] & MISSING) !== 0;
    }
    get isError() {
        return (this.tree.flags[this.index] & ERROR) !== 0;
    }
    get hasError() {
        return (this.tree.flags[this.index] & HAS_ERROR) !== 0;
    }
    get parent() {
        return this.tree.nodeOrNull(this.tree.parentOf[this.index]);
    }
    get firstChild() {
        return this.tree.linked(this.tree.firstChildOf[this.index]);
    }
    get lastChild() {
        let last = 0;
        for (let k = this.tree.firstChildOf[this.index]; k > 0; k = this.tree.nextSiblingOf[k])
            last = k;
        return this.tree.linked(last);
    }
    get nextSibling() {
        return this.tree.linked(this.tree.nextSiblingOf[this.index]);
    }
    get previousSibling() {
        const p = this.tree.parentOf[this.index];
        if (p < 0)
            return null;
        let prev = 0;
        for (let k = this.tree.firstChildOf[p]; k > 0 && k !== this.index; k = this.tree.nextSiblingOf[k])
            prev = k;
        return this.tree.linked(prev);
    }
    get nextNamedSibling() {
        let k = this.tree.nextSiblingOf[this.index];
        while (k > 0 && !this.tree.isNamedAt(k))
            k = this.tree.nextSiblingOf[k];
        return this.tree.linked(k);
    }
    get previousNamedSibling() {
        const p = this.tree.parentOf[this.index];
        if (p < 0)
            return null;
        let prev = 0;
        for (let k = this.tree.firstChildOf[p]; k > 0 && k !== this.index; k = this.tree.nextSiblingOf[k])
            if (this.tree.isNamedAt(k))
                prev = k;
        return this.tree.linked(prev);
    }
    get childCount() {
        let n = 0;
        for (let k = this.tree.firstChildOf[this.index]; k > 0; k = this.tree.nextSiblingOf[k])
            n++;
        return n;
    }
    get namedChildCount() {
        let n = 0;
        for (let k = this.tree.firstChildOf[this.index]; k > 0; k = this.tree.nextSiblingOf[k])
            if (this.tree.isNamedAt(k))
                n++;
        return n;
    }
    /** Every child (named and anonymous), in order; a new array each time. */
    get children() {
        const out = [];
        for (let k = this.tree.firstChildOf[this.index]; k > 0; k = this.tree.nextSiblingOf[k])
            out.push(this.tree.node(k));
        return out;
    }
    /** The named children (comments included), in order; a new array each time. */
    get namedChildren() {
        const out = [];
        for (let k = this.tree.firstChildOf[this.index]; k > 0; k = this.tree.nextSiblingOf[k])
            if (this.tree.isNamedAt(k))
                out.push(this.tree.node(k));
        return out;
    }
    get firstNamedChild() {
        return this.namedChild(0);
    }
    get lastNamedChild() {
        let last = 0;
        for (let k = this.tree.firstChildOf[this.index]; k > 0; k = this.tree.nextSiblingOf[k])
            if (this.tree.isNamedAt(k))
                last = k;
        return this.tree.linked(last);
    }
    child(i) {
        let k = this.tree.firstChildOf[this.index];
        for (; k > 0 && i > 0; i--)
            k = this.tree.nextSiblingOf[k];
        return i === 0 ? this.tree.linked(k) : null;
    }
    namedChild(i) {
        for (let k = this.tree.firstChildOf[this.index]; k > 0; k = this.tree.nextSiblingOf[k]) {
            if (!this.tree.isNamedAt(k))
                continue;
            if (i-- === 0)
                return this.tree.node(k);
        }
        return null;
    }
    /** The first child in the field, or null. */
    childForFieldName(name) {
        const f = this.tree.fieldIdFor(name);
        if (f < 0)
            return null;
        for (let k = this.tree.firstChildOf[this.index]; k > 0; k = this.tree.nextSiblingOf[k])
            if (this.tree.fieldId[k] === f)
                return this.tree.node(k);
        return null;
    }
    /** Every child in the field, in order. */
    childrenForFieldName(name) {
        const out = [];
        const f = this.tree.fieldIdFor(name);
        if (f < 0)
            return out;
        for (let k = this.tree.firstChildOf[this.index]; k > 0; k = this.tree.nextSiblingOf[k])
            if (this.tree.fieldId[k] === f)
                out.push(this.tree.node(k));
        return out;
    }
    /** The field name of the i-th child, or null. */
    fieldNameForChild(i) {
        let k = this.tree.firstChildOf[this.index];
        for (; k > 0 && i > 0; i--)
            k = this.tree.nextSiblingOf[k];
        return k > 0 && this.tree.fieldId[k] ? this.tree.fieldName(this.tree.fieldId[k]) : null;
    }
    /**
     * This node and its descendants of the given types, in pre-order (as
     * web-tree-sitter: a node ending at offset 0 is skipped with its subtree).
     */
    descendantsOfType(types) {
        const wanted = typeof types === 'string' ? [types] : types;
        const t = this.tree;
        const out = [];
        const last = subtreeEnd(t, this.index);
        for (let k = this.index; k < last;) {
            if (t.end[k] === 0) {
                k = subtreeEnd(t, k);
                continue;
            }
            if (wanted.includes(t.typeOf(k)))
                out.push(t.node(k));
            k++;
        }
        return out;
    }
    /**
     * The smallest node that spans `start..end` (tree-sitter's
     * `ts_node_descendant_for_byte_range`, over visible children).
     */
    descendantForIndex(start, end = start) {
        if (start > end)
            return null;
        const t = this.tree;
        let node = this.index;
        for (;;) {
            let next = -1;
            for (let k = t.firstChildOf[node]; k > 0; k = t.nextSiblingOf[k]) {
                const nodeEnd = t.end[k];
                if (nodeEnd < end)
                    continue;
                const empty = t.start[k] === nodeEnd;
                if (empty ? nodeEnd < start : nodeEnd <= start)
                    continue;
                if (start < t.start[k])
                    break;
                next = k;
                break;
            }
            if (next < 0)
                return t.node(node);
            node = next;
        }
    }
    /** The same node (of the same tree). */
    equals(other) {
        return this.tree === other.tree && this.index === other.index;
    }
}
exports.Node = Node;
/** The index just past the subtree at `index` (pre-order keeps a subtree contiguous). */
function subtreeEnd(t, index) {
    for (let k = index; k >= 0; k = t.parentOf[k]) {
        const next = t.nextSiblingOf[k];
        if (next > 0)
            return next;
    }
    return t.size;
}
/**
 * Visits every node of an error-free wasm tree in pre-order with one walk of
 * tree-sitter's raw cursor (see `RawCursor`): its type, range, whether it is
 * named and whether it is a leaf. Returns false, visiting nothing, when the
 * raw cursor cannot be used or the tree has an error (a node's flags then
 * come from the node itself): the caller walks with web-tree-sitter's cursor.
 * `visit` must not call into wasm (the cursor lives in the transfer buffer).
 */
function walkWasmTree(tree, visit) {
    const fast = tree.rootNode.hasError ? undefined : (0, grammar_1.rawCursorFor)(tree);
    if (!fast)
        return false;
    const { types, named } = grammarOf(tree.language);
    const { raw, address: t } = fast;
    const { gotoFirstChild, gotoNextSibling, gotoParent, typeId, startIndex, endIndex } = raw;
    const emit = (leaf, id, start, end) => visit(types[id] ?? 'ERROR', start, end, named[id] === 1, leaf);
    raw.start(t);
    try {
        // a node is emitted once it is known whether it has children: before moving into the first one, or past it
        let id = typeId(t);
        let start = startIndex(t);
        let end = endIndex(t);
        for (;;) {
            if (gotoFirstChild(t)) {
                emit(false, id, start, end);
            }
            else {
                emit(true, id, start, end);
                for (;;) {
                    if (gotoNextSibling(t))
                        break;
                    if (!gotoParent(t))
                        return true;
                }
            }
            id = typeId(t);
            start = startIndex(t);
            end = endIndex(t);
        }
    }
    finally {
        raw.delete(t);
    }
}
/**
 * Reads a wasm tree into a {@link SyntaxTree} with one cursor walk. The
 * caller still owns (and frees) the wasm tree. `wrapper` forces
 * web-tree-sitter's `TreeCursor` (the raw functions are used when usable).
 */
function compactTree(tree, text, opts = {}) {
    const withErrors = tree.rootNode.hasError;
    const fast = withErrors || opts.wrapper ? undefined : (0, grammar_1.rawCursorFor)(tree);
    const out = new TreeBuilder(text.length, grammarOf(tree.language).named);
    if (fast) {
        const { raw, address: t } = fast;
        const { gotoFirstChild, gotoNextSibling, gotoParent, typeId, fieldId, startIndex, endIndex } = raw;
        raw.start(t);
        try {
            // nothing else may call into wasm until the cursor is deleted: it lives in the transfer buffer
            let cur = out.add(-1, typeId(t), fieldId(t), startIndex(t), endIndex(t));
            walk: for (;;) {
                if (gotoFirstChild(t)) {
                    cur = out.addFirstChild(cur, typeId(t), fieldId(t), startIndex(t), endIndex(t));
                    continue;
                }
                for (;;) {
                    if (gotoNextSibling(t)) {
                        cur = out.addNextSibling(cur, typeId(t), fieldId(t), startIndex(t), endIndex(t));
                        break;
                    }
                    if (!gotoParent(t))
                        break walk;
                    cur = out.parent[cur];
                }
            }
        }
        finally {
            raw.delete(t);
        }
        return out.finish(text, tree.language);
    }
    const c = tree.walk();
    try {
        // with errors (rare: such files are refused), flags come from the node itself, as hidden missing tokens count too
        const flags = () => {
            const node = c.currentNode;
            out.flags[out.size - 1] = (node.isNamed ? NAMED : 0) | (node.isMissing ? MISSING : 0) | (node.isError ? ERROR : 0) | (node.hasError ? HAS_ERROR : 0);
        };
        let cur = out.add(-1, c.nodeTypeId, c.currentFieldId, c.startIndex, c.endIndex);
        if (withErrors)
            flags();
        walk: for (;;) {
            if (c.gotoFirstChild()) {
                cur = out.addFirstChild(cur, c.nodeTypeId, c.currentFieldId, c.startIndex, c.endIndex);
                if (withErrors)
                    flags();
                continue;
            }
            for (;;) {
                if (c.gotoNextSibling()) {
                    cur = out.addNextSibling(cur, c.nodeTypeId, c.currentFieldId, c.startIndex, c.endIndex);
                    if (withErrors)
                        flags();
                    break;
                }
                if (!c.gotoParent())
                    break walk;
                cur = out.parent[cur];
            }
        }
    }
    finally {
        c.delete();
    }
    return out.finish(text, tree.language);
}
/** Growing arrays of a tree being read. */
class TreeBuilder {
    named;
    cap;
    size = 0;
    typeId;
    fieldId;
    flags;
    start;
    end;
    parent;
    firstChild;
    nextSibling;
    constructor(textLength, 
    /** Whether each type id is named. */
    named) {
        this.named = named;
        // real code has about one node per four characters: this mostly needs no doubling
        const cap = (this.cap = Math.max(64, Math.ceil(textLength / 3) + 16));
        this.typeId = new Uint16Array(cap);
        this.fieldId = new Uint16Array(cap);
        this.flags = new Uint8Array(cap);
        this.start = new Uint32Array(cap);
        this.end = new Uint32Array(cap);
        this.parent = new Int32Array(cap);
        this.firstChild = new Uint32Array(cap);
        this.nextSibling = new Uint32Array(cap);
    }
    add(parent, type, field, start, end) {
        if (this.size === this.cap)
            this.grow();
        const k = this.size++;
        this.typeId[k] = type;
        this.flags[k] = this.named[type];
        this.fieldId[k] = field;
        this.start[k] = start;
        this.end[k] = end;
        this.parent[k] = parent;
        return k;
    }
    addFirstChild(of, type, field, start, end) {
        const k = this.add(of, type, field, start, end);
        this.firstChild[of] = k;
        return k;
    }
    addNextSibling(of, type, field, start, end) {
        const k = this.add(this.parent[of], type, field, start, end);
        this.nextSibling[of] = k;
        return k;
    }
    grow() {
        const cap = (this.cap *= 2);
        const more = (a) => {
            const b = new a.constructor(cap);
            b.set(a);
            return b;
        };
        this.typeId = more(this.typeId);
        this.fieldId = more(this.fieldId);
        this.flags = more(this.flags);
        this.start = more(this.start);
        this.end = more(this.end);
        this.parent = more(this.parent);
        this.firstChild = more(this.firstChild);
        this.nextSibling = more(this.nextSibling);
    }
    /** The tree (views of the arrays, not copies). */
    finish(text, language) {
        const size = this.size;
        const trim = (a) => a.subarray(0, size);
        return new SyntaxTree(text, language, {
            size,
            typeId: trim(this.typeId),
            fieldId: trim(this.fieldId),
            flags: trim(this.flags),
            start: trim(this.start),
            end: trim(this.end),
            parent: trim(this.parent),
            firstChild: trim(this.firstChild),
            nextSibling: trim(this.nextSibling),
        });
    }
}
/** The columns a tree is made of, for storing it (first child and next sibling follow from the parents). */
function treeColumns(tree) {
    return { size: tree.size, typeId: tree.typeId, fieldId: tree.fieldId, flags: tree.flags, start: tree.start, end: tree.end, parent: tree.parentOf };
}
/**
 * A tree again from the columns {@link treeColumns} gave (checked by the
 * caller: node 0 the root, each parent before its children, in pre-order),
 * with the same text and language: the links between children are rebuilt.
 */
function restoreTree(text, language, cols) {
    const n = cols.size;
    const firstChild = new Uint32Array(n);
    const nextSibling = new Uint32Array(n);
    const lastChild = new Uint32Array(n);
    for (let k = 1; k < n; k++) {
        const p = cols.parent[k];
        if (firstChild[p] === 0)
            firstChild[p] = k;
        else
            nextSibling[lastChild[p]] = k;
        lastChild[p] = k;
    }
    return new SyntaxTree(text, language, { ...cols, firstChild, nextSibling });
}
//# sourceMappingURL=syntax-tree.js.map