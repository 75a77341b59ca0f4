/**
 * Whether a module's text can hold a pypto entry (it mentions
 * `pypto.language`). Only such modules can be decided by their importers.
 */
export declare function mayHoldEntries(text: string): boolean;
/**
 * Splits files into groups that can be analyzed independently. A harness
 * or host driver in one module decides params in the modules it imports, so
 * a file is grouped with the imported files that can hold entries. Shared
 * libraries without entries (a golden harness, configs) do not join groups:
 * they are loaded read-only wherever they are imported. The imports are read
 * from the text with a light scan; the pipeline checks each group's real
 * imports after parsing and merges groups the scan missed.
 */
export declare function partition(files: string[], readText: (file: string) => string | undefined): string[][];
/** Module names a source imports, from a line-based scan (any nesting level). */
export declare function scanImports(text: string): Array<{
    dotted: string;
    level: number;
}>;
