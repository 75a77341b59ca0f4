import { ParsedModule } from '../parse/module';
import { SyntaxTree } from '../parse/syntax-tree';
import type { WorkCounts } from '../work';
/** Tree files kept; the oldest quarter goes when there are more (a pypto-lib run stores about 200). */
export declare const MAX_TREE_ENTRIES = 4096;
/**
 * Syntax trees of files that parsed cleanly, stored by the content hash of
 * the file and the tool's build, so that a run after an edit parses only
 * the edited file: the other files of its import group (and the modules
 * they import) come back as they were read out of tree-sitter. A tree is
 * a pure function of the bytes and the build, so a hit is exactly the tree
 * a parse would give. Only files with no syntax or layout error are stored
 * (a refused file is parsed again, and refused again, with its message).
 * A damaged, truncated or foreign file is a miss, never an error.
 */
export declare class TreeCache {
    private readonly dir;
    private readonly maxEntries;
    private written;
    /**
     * @param dir where tree files live
     * @param maxEntries how many tree files to keep
     */
    constructor(dir: string, maxEntries?: number);
    /**
     * Parses a file, or reads its stored tree. Errors are those of
     * {@link parseModule}. `work` counts a parse only when one happens (a
     * stored tree costs none).
     */
    parse(file: string, bytes: Uint8Array, work: WorkCounts): Promise<ParsedModule>;
    private parseNow;
    private load;
    private save;
    private file;
    /** Keeps the newest `maxEntries` trees (each edited version of a file makes one). */
    evict(): void;
}
/** Where a result cache directory keeps trees. */
export declare function treeCacheDir(cacheDir: string): string;
/** The columns a tree file holds (first child and next sibling follow from the parents in pre-order). */
export interface TreeColumns {
    size: number;
    typeId: Uint16Array;
    fieldId: Uint16Array;
    flags: Uint8Array;
    start: Uint32Array;
    end: Uint32Array;
    parent: Int32Array;
}
/**
 * Bytes of a stored tree: header, the 32-bit columns, the 16-bit ones,
 * flags, then the sha256 of the key and all that (a file stored under
 * another key does not pass for this one).
 */
export declare function encodeTree(tree: SyntaxTree, key: string): Buffer;
/**
 * The columns of a stored tree, if the file is intact and stored under
 * this key (its digest matches),
 * of this layout, about a text of this length, and a well-formed tree: node
 * 0 is the root, every other node's parent comes before it (pre-order),
 * spans lie inside the text and inside their parent's, type and field ids
 * exist in the grammar. Anything else is undefined: a miss.
 */
export declare function decodeTree(data: Buffer, key: string, textLength: number, typeCount: number, fieldCount: number): TreeColumns | undefined;
/** Whether a tree file is exactly what was written under its name (not cut short, not changed). */
export declare function isWholeTreeFile(file: string): boolean;
