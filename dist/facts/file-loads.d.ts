/** Sibling module names a source loads by file path (line-based scan, as imports are). */
export declare function fileLoadedModules(text: string): string[];
/** The sibling module a `spec_from_file_location(...)` argument text names, if exactly one. */
export declare function siblingIn(argsText: string): string | undefined;
