import { FileFacts } from '../facts/facts';
export { mayHoldEntries, scanImports } from '../facts/scan';
/**
 * Splits files into groups that can be analyzed independently. A harness
 * or host driver in one module decides params in the modules it imports, so
 * a file is grouped with the imported files that can hold entries. Shared
 * libraries without entries (a golden harness, configs) do not join groups:
 * they are loaded read-only wherever they are imported. The imports are read
 * from the text with a light scan; the pipeline checks each group's real
 * imports after parsing and merges groups the scan missed. `isFile` says
 * what exists on disk (a run passes its session's memory).
 */
export declare function partition(files: string[], readText: (file: string) => string | undefined, isFile?: (file: string) => boolean): string[][];
/**
 * {@link partition} from per-file facts (by absolute path; undefined for a
 * file that cannot be read), e.g. from a {@link FactsStore}: no text is read.
 */
export declare function partitionByFacts(files: string[], factsAt: (file: string) => FileFacts | undefined, isFile?: (file: string) => boolean): string[][];
