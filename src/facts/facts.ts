import { mayHoldEntries, scanImports } from './scan';

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
export function factsOf(text: string): FileFacts {
  return { mayHoldEntries: mayHoldEntries(text), imports: scanImports(text) };
}

/** Whether a value read back from disk has the shape of {@link FileFacts} (else it is recomputed). */
export function isFileFacts(v: unknown): v is FileFacts {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.mayHoldEntries === 'boolean' &&
    Array.isArray(f.imports) &&
    f.imports.every((i: unknown) => {
      const n = i as Record<string, unknown> | null;
      return typeof n === 'object' && n !== null && typeof n.dotted === 'string' && Number.isInteger(n.level) && (n.level as number) >= 0;
    })
  );
}
