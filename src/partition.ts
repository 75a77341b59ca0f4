import * as path from 'path';
import { fileLoadedModules } from './analyze/file-loads';
import { existsMemo, importCandidates } from './analyze/resolve';

/**
 * Whether a module's text can hold a pypto entry (it mentions
 * `pypto.language`). Only such modules can be decided by their importers.
 */
export function mayHoldEntries(text: string): boolean {
  return /pypto\.language|from[ \t]+pypto[ \t]+import[ \t][^\n]*\blanguage\b/.test(text);
}

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
  const index = new Map(files.map((f, i) => [path.resolve(f), i]));
  const parent = files.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const texts = new Map(files.map((f) => [path.resolve(f), readText(f)]));
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, readText(file));
    return texts.get(file);
  };
  const holdsEntries = new Map<string, boolean>();
  const mayHold = (file: string) => {
    let known = holdsEntries.get(file);
    if (known === undefined) holdsEntries.set(file, (known = mayHoldEntries(textOf(file) ?? '')));
    return known;
  };
  const exists = (file: string) => index.has(file) || isFile(file);
  const resolved = new Map<string, string | null>();
  const resolve = (dir: string, dotted: string, level: number) => {
    // files of one directory import the same modules: resolve each (dir, module) once
    const key = `${level}:${dotted}:${dir}`;
    let hit = resolved.get(key);
    if (hit === undefined) resolved.set(key, (hit = importCandidates(dir, dotted, level, exists).find(exists) ?? null));
    return hit;
  };
  const imports = (file: string) => importedFiles(file, textOf(file), resolve);
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
    if (textOf(path.resolve(file)) === undefined) return;
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
function importedFiles(file: string, text: string | undefined, resolve: (dir: string, dotted: string, level: number) => string | null): string[] {
  if (text === undefined) return [];
  const dir = path.dirname(file);
  const out: string[] = [];
  for (const { dotted, level } of scanImports(text)) {
    const target = resolve(dir, dotted, level);
    if (target) out.push(target);
  }
  return out;
}

/** Module names a source imports, from a line-based scan (any nesting level). */
export function scanImports(text: string): Array<{ dotted: string; level: number }> {
  const out: Array<{ dotted: string; level: number }> = [];
  const re = /(?:^|;)[ \t]*(?:from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)|import[ \t]+([^\n#;]+))/gm;
  for (const m of text.matchAll(re)) {
    if (m[4] !== undefined) {
      for (const part of m[4].split(',')) {
        const name = part.trim().split(/\s+/)[0];
        if (!/^[\w.]+$/.test(name)) continue;
        const pieces = name.split('.');
        for (let k = 1; k <= pieces.length; k++) out.push({ dotted: pieces.slice(0, k).join('.'), level: 0 });
      }
      continue;
    }
    const level = m[1].length;
    const base = m[2];
    out.push({ dotted: base, level });
    for (const part of m[3].replace(/[()\\]/g, ' ').split(',')) {
      const name = part.trim().split(/\s+/)[0];
      if (/^\w+$/.test(name)) out.push({ dotted: base ? `${base}.${name}` : name, level });
    }
  }
  for (const name of fileLoadedModules(text)) out.push({ dotted: name, level: 1 });
  return out;
}
