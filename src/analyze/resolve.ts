import * as fs from 'fs';
import * as path from 'path';

/** Files and folders that mark a project root: absolute imports are not searched above it. */
export const PROJECT_MARKERS = ['.git', 'pyproject.toml', 'setup.py', 'setup.cfg'];

/**
 * `fs.existsSync` with a memory of its own: imports probe the same candidates
 * again and again, and files do not come and go during one run. Each run
 * (see `AnalysisSession.startRun`) takes a new one.
 */
export function existsMemo(): (file: string) => boolean {
  const existing = new Map<string, boolean>();
  return (file) => {
    let hit = existing.get(file);
    if (hit === undefined) existing.set(file, (hit = fs.existsSync(file)));
    return hit;
  };
}

/**
 * Files `import dotted` (with `level` leading dots) may mean from a module in
 * `fromDir`, most likely first: scripts put their own directory on sys.path,
 * so it is searched first, then each parent up to the project root, then the
 * given roots.
 */
export function importCandidates(fromDir: string, dotted: string, level: number, exists: (file: string) => boolean, roots: string[] = []): string[] {
  const parts = dotted ? dotted.split('.') : [];
  const bases: string[] = [];
  if (level > 0) {
    let base = fromDir;
    for (let i = 1; i < level; i++) base = path.dirname(base);
    bases.push(base);
  } else {
    bases.push(...upToProjectRoot(fromDir, exists));
    bases.push(...roots.filter((r) => !bases.includes(r)));
  }
  return bases.flatMap((base) => {
    const stem = path.join(base, ...parts);
    return parts.length ? [stem + '.py', path.join(stem, '__init__.py')] : [path.join(stem, '__init__.py')];
  });
}

const rootWalks = new WeakMap<(file: string) => boolean, Map<string, string[]>>();

/** `dir` and its parents up to the first holding a project marker (remembered per `exists`). */
function upToProjectRoot(fromDir: string, exists: (file: string) => boolean): string[] {
  let memo = rootWalks.get(exists);
  if (!memo) rootWalks.set(exists, (memo = new Map()));
  let dirs = memo.get(fromDir);
  if (!dirs) {
    dirs = [];
    for (let dir = fromDir; ; dir = path.dirname(dir)) {
      dirs.push(dir);
      if (PROJECT_MARKERS.some((m) => exists(path.join(dir, m))) || path.dirname(dir) === dir) break;
    }
    memo.set(fromDir, dirs);
  }
  return dirs;
}
