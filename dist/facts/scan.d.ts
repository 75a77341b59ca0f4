/**
 * Whether a module's text can hold a pypto entry (it mentions
 * `pypto.language`). Only such modules can be decided by their importers.
 */
export declare function mayHoldEntries(text: string): boolean;
/** Module names a source imports, from a line-based scan (any nesting level). */
export declare function scanImports(text: string): Array<{
    dotted: string;
    level: number;
}>;
