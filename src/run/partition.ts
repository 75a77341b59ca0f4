import * as path from 'path';
import { existsMemo, importCandidates } from '../analyze/resolve';
import { FileFacts, factsOf } from '../facts/facts';

// the scans moved to facts/ (they give per-file facts); kept here for code that imports them from the partition
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
export function partition(files: string[], readText: (file: string) => string | undefined, isFile: (file: string) => boolean = existsMemo()): string[][] {
  return partitionByFacts(
    files,
    (file) => {
      const text = readText(file);
      return text === undefined ? undefined : factsOf(text);
    },
    isFile,
  );
}

/**
 * {@link partition} from per-file facts (by absolute path; undefined for a
 * file that cannot be read), e.g. from a {@link FactsStore}: no text is read.
 */
export function partitionByFacts(files: string[], factsAt: (file: string) => FileFacts | undefined, isFile: (file: string) => boolean = existsMemo()): string[][] {
  const index = new Map(files.map((f, i) => [path.resolve(f), i]));
  const parent = files.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const factsByFile = new Map<string, FileFacts | undefined>();
  const factsOfFile = (file: string) => {
    if (!factsByFile.has(file)) factsByFile.set(file, factsAt(file));
    return factsByFile.get(file);
  };
  const mayHold = (file: string) => factsOfFile(file)?.mayHoldEntries ?? false;
  const exists = (file: string) => index.has(file) || isFile(file);
  const resolved = new Map<string, string | null>();
  const resolve = (dir: string, dotted: string, level: number) => {
    // files of one directory import the same modules: resolve each (dir, module) once
    const key = `${level}:${dotted}:${dir}`;
    let hit = resolved.get(key);
    if (hit === undefined) resolved.set(key, (hit = importCandidates(dir, dotted, level, exists).find(exists) ?? null));
    return hit;
  };
  const imports = (file: string) => importedFiles(file, factsOfFile(file), resolve);
  // the analysis follows imports through modules without entries (a shared spec builder
  // importing a model's module), so the partition does too, or the group is analyzed twice
  const reachedThrough = new Map<string, Set<number>>();
  const holdersBehind = (file: string, seen: Set<string>): Set<number> => {
    const known = reachedThrough.get(file);
    if (known) return known;
    const out = new Set<number>();
    seen.add(file);
    for (const next of imports(file)) {
      const j = index.get(next);
      if (j !== undefined && mayHold(next)) out.add(j);
      else if (!seen.has(next)) for (const k of holdersBehind(next, seen)) out.add(k);
    }
    reachedThrough.set(file, out);
    return out;
  };
  files.forEach((file, i) => {
    if (factsOfFile(path.resolve(file)) === undefined) return;
    for (const j of holdersBehind(path.resolve(file), new Set())) union(i, j);
  });
  const groups = new Map<number, string[]>();
  files.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  return [...groups.values()];
}

/** The files a module's imports resolve to (the first existing candidate of each). */
function importedFiles(file: string, facts: FileFacts | undefined, resolve: (dir: string, dotted: string, level: number) => string | null): string[] {
  if (facts === undefined) return [];
  const dir = path.dirname(file);
  const out: string[] = [];
  for (const { dotted, level } of facts.imports) {
    const target = resolve(dir, dotted, level);
    if (target) out.push(target);
  }
  return out;
}

