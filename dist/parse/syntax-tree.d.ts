import type { Language, Tree as WasmTree } from 'web-tree-sitter';
/** A position in a text: zero-based row and column (in UTF-16 code units, as offsets are). */
export interface Point {
    row: number;
    column: number;
}
/**
 * A syntax tree read out of tree-sitter in one cursor walk into flat typed
 * arrays (node ids are indices, in pre-order). The wasm tree is freed right
 * after, so reading a node never crosses into wasm: {@link Node} objects are
 * made on first use and kept, and their properties are plain reads. Offsets
 * are UTF-16 indices into {@link text}, as web-tree-sitter gives them for a
 * string input.
 */
export declare class SyntaxTree {
    readonly text: string;
    /** Node count. */
    readonly size: number;
    private readonly grammar;
    /** @internal */ readonly typeId: Uint16Array;
    /** @internal */ readonly fieldId: Uint16Array;
    /** @internal */ readonly flags: Uint8Array;
    /** @internal */ readonly start: Uint32Array;
    /** @internal */ readonly end: Uint32Array;
    /** @internal */ readonly parentOf: Int32Array;
    /** First child of each node; 0 for none (the root is no one's child). @internal */ readonly firstChildOf: Uint32Array;
    /** Next sibling of each node; 0 for none. @internal */ readonly nextSiblingOf: Uint32Array;
    /** @internal */ readonly idBase: number;
    private readonly nodes;
    private lineStarts;
    /** How many {@link Node} objects were made (a work count: see `work.ts`). */
    private materialized;
    private materializedTaken;
    /** @internal use {@link compactTree} */
    constructor(text: string, language: Language, arrays: {
        size: number;
        typeId: Uint16Array;
        fieldId: Uint16Array;
        flags: Uint8Array;
        start: Uint32Array;
        end: Uint32Array;
        parent: Int32Array;
        firstChild: Uint32Array;
        nextSibling: Uint32Array;
    });
    /** The root node. */
    get rootNode(): Node;
    /**
     * Nothing to free (the arrays are ordinary memory); kept so code written
     * for web-tree-sitter trees reads the same.
     */
    delete(): void;
    /** How many {@link Node} objects were made since the last call (a tree shared by groups counts in each). */
    takeMaterialized(): number;
    /** The node at an index, made once. @internal */
    node(index: number): Node;
    /** The node at an index, or null for -1 (a parent link: the root has none). @internal */
    nodeOrNull(index: number): Node | null;
    /** The node a child or sibling link names, or null for 0 (the root is no one's child or sibling). @internal */
    linked(index: number): Node | null;
    /** The type name of a node index. @internal */
    typeOf(index: number): string;
    /** Whether a node index is named. @internal */
    isNamedAt(index: number): boolean;
    /** The id of a field name, or -1 for a name the grammar does not have. @internal */
    fieldIdFor(name: string): number;
    /** The field name of a field id. @internal */
    fieldName(id: number): string | null;
    /** Row and column of an offset (tree-sitter counts rows at `\n`). @internal */
    pointAt(offset: number): Point;
}
/**
 * A node of a {@link SyntaxTree}: the part of web-tree-sitter's `Node` API
 * the analysis uses, with the same member names and meanings, so code
 * written against web-tree-sitter's `Node` reads the same. Made once per
 * node and kept: a repeated read is a property read.
 */
export declare class Node {
    readonly tree: SyntaxTree;
    /** The node's index in its tree (pre-order). */
    readonly index: number;
    /** Unique among the nodes of all trees of this process. */
    readonly id: number;
    readonly type: string;
    readonly startIndex: number;
    readonly endIndex: number;
    private textMemo;
    private startMemo;
    /** @internal made by {@link SyntaxTree.node} */
    constructor(tree: SyntaxTree, 
    /** The node's index in its tree (pre-order). */
    index: number);
    /** The source text the node spans. */
    get text(): string;
    get startPosition(): Point;
    get endPosition(): Point;
    get typeId(): number;
    get isNamed(): boolean;
    get isMissing(): boolean;
    get isError(): boolean;
    get hasError(): boolean;
    get parent(): Node | null;
    get firstChild(): Node | null;
    get lastChild(): Node | null;
    get nextSibling(): Node | null;
    get previousSibling(): Node | null;
    get nextNamedSibling(): Node | null;
    get previousNamedSibling(): Node | null;
    get childCount(): number;
    get namedChildCount(): number;
    /** Every child (named and anonymous), in order; a new array each time. */
    get children(): Node[];
    /** The named children (comments included), in order; a new array each time. */
    get namedChildren(): Node[];
    get firstNamedChild(): Node | null;
    get lastNamedChild(): Node | null;
    child(i: number): Node | null;
    namedChild(i: number): Node | null;
    /** The first child in the field, or null. */
    childForFieldName(name: string): Node | null;
    /** Every child in the field, in order. */
    childrenForFieldName(name: string): Node[];
    /** The field name of the i-th child, or null. */
    fieldNameForChild(i: number): string | null;
    /**
     * This node and its descendants of the given types, in pre-order (as
     * web-tree-sitter: a node ending at offset 0 is skipped with its subtree).
     */
    descendantsOfType(types: string | readonly string[]): Node[];
    /**
     * The smallest node that spans `start..end` (tree-sitter's
     * `ts_node_descendant_for_byte_range`, over visible children).
     */
    descendantForIndex(start: number, end?: number): Node | null;
    /** The same node (of the same tree). */
    equals(other: Node): boolean;
}
/**
 * Visits every node of an error-free wasm tree in pre-order with one walk of
 * tree-sitter's raw cursor (see `RawCursor`): its type, range, whether it is
 * named and whether it is a leaf. Returns false, visiting nothing, when the
 * raw cursor cannot be used or the tree has an error (a node's flags then
 * come from the node itself): the caller walks with web-tree-sitter's cursor.
 * `visit` must not call into wasm (the cursor lives in the transfer buffer).
 */
export declare function walkWasmTree(tree: WasmTree, visit: (type: string, start: number, end: number, named: boolean, leaf: boolean) => void): boolean;
/**
 * Reads a wasm tree into a {@link SyntaxTree} with one cursor walk. The
 * caller still owns (and frees) the wasm tree. `wrapper` forces
 * web-tree-sitter's `TreeCursor` (the raw functions are used when usable).
 */
export declare function compactTree(tree: WasmTree, text: string, opts?: {
    wrapper?: boolean;
}): SyntaxTree;
/** The columns a tree is made of, for storing it (first child and next sibling follow from the parents). */
export declare function treeColumns(tree: SyntaxTree): {
    size: number;
    typeId: Uint16Array;
    fieldId: Uint16Array;
    flags: Uint8Array;
    start: Uint32Array;
    end: Uint32Array;
    parent: Int32Array;
};
/**
 * A tree again from the columns {@link treeColumns} gave (checked by the
 * caller: node 0 the root, each parent before its children, in pre-order),
 * with the same text and language: the links between children are rebuilt.
 */
export declare function restoreTree(text: string, language: Language, cols: ReturnType<typeof treeColumns>): SyntaxTree;
