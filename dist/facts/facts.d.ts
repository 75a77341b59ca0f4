/** A module an import statement names: `from ..a.b import c` is `{ dotted: 'a.b', level: 2 }` (and `a.b.c`). */
export interface ImportedName {
    dotted: string;
    level: number;
}
/**
 * What is known about a file from its text alone, so it depends on nothing
 * but its content hash: what partitioning the files into import groups and
 * checking a cached group need, without a parse or a scan of the text.
 */
export interface FileFacts {
    /** The text mentions `pypto.language`: it may hold entries (see {@link mayHoldEntries}). */
    mayHoldEntries: boolean;
    /** The modules it imports, at any nesting level, and the siblings it loads by path (see {@link scanImports}). */
    imports: ImportedName[];
}
/** The facts of a text. */
export declare function factsOf(text: string): FileFacts;
/** Whether a value read back from disk has the shape of {@link FileFacts} (else it is recomputed). */
export declare function isFileFacts(v: unknown): v is FileFacts;
