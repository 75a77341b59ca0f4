/**
 * The layout ARCHITECTURE.md describes, checked: no import circle across the folders of `src/`,
 * and the evaluator stays pure (no file system, no processes, no clock, no run orchestration).
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', 'src');
const IMPORT = /import\s+'([^']+)'|(?:import|export)\s+(?:type\s+)?[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|require\(\s*'([^']+)'\s*\)/g;

interface Import { from: string; to: string; spec: string }

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (!spec.startsWith('.')) {
      out.push({ from: file, to: spec, spec });
      continue;
    }
    let target = path.resolve(path.dirname(file), spec);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) target = path.join(target, 'index');
    out.push({ from: file, to: `${target}.ts`, spec });
  }
  return out;
}

/** `analyze`, `run`, … for files in a folder; the file itself for top-level utilities. */
function unitOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? rel[0] : `(top)/${rel[0]}`;
}

/** Strongly connected components with more than one member (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf);

describe('architecture', () => {
  it('has no import circle across the folders of src/', () => {
    const graph = new Map<string, Set<string>>();
    for (const imp of imports) {
      if (!imp.to.startsWith(SRC) || !fs.existsSync(imp.to)) continue;
      const a = unitOf(imp.from);
      const b = unitOf(imp.to);
      if (a === b) continue;
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a)!.add(b);
    }
    expect(graph.size).toBeGreaterThan(5); // the scan found the folders at all
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps the evaluator pure: no file system, processes, clock or orchestration in analyze/eval', () => {
    const evalDir = path.join(SRC, 'analyze', 'eval');
    const evalImports = imports.filter((imp) => imp.from.startsWith(evalDir));
    expect(evalImports.length).toBeGreaterThan(10);
    const forbiddenModules = /^(node:)?(fs|fs\/promises|child_process|worker_threads|os|net|http|https)$/;
    const forbiddenFolders = ['run', 'cli', 'server', 'rewrite', 'report', 'discover'].map((f) => path.join(SRC, f) + path.sep);
    const offending = evalImports.filter(
      (imp) => forbiddenModules.test(imp.to) || forbiddenFolders.some((f) => imp.to.startsWith(f)),
    );
    expect(offending.map((imp) => `${path.relative(SRC, imp.from)} -> ${imp.spec}`)).toEqual([]);
    for (const file of files.filter((f) => f.startsWith(evalDir))) {
      const text = fs.readFileSync(file, 'utf8');
      expect(`${path.relative(SRC, file)}: ${/\b(Date\.now|performance\.now|process\.(env|hrtime|cwd))\b/.test(text)}`).toBe(
        `${path.relative(SRC, file)}: false`,
      );
    }
  });

  it('keeps run orchestration in src/run: no loose pipeline files at the top of src/', () => {
    const top = fs.readdirSync(SRC).filter((f) => f.endsWith('.ts'));
    for (const name of ['pipeline.ts', 'cache.ts', 'partition.ts', 'workers.ts', 'worker.ts', 'analyze-group.ts']) {
      expect(top).not.toContain(name);
      expect(fs.existsSync(path.join(SRC, 'run', name))).toBe(true);
    }
  });
});
