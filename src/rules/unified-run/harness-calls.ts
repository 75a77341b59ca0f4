import type { Node } from '../../parse/syntax-tree';

/** A name a module binds to something of the golden package. */
export interface GoldenBinding {
  /** The import statement. */
  stmt: Node;
  /** The name item (`run_jit` or `run_jit as rj`). */
  item: Node;
  /** What it imports (`run_jit`, `run`, ...). */
  imported: string;
  /** The name it binds in the module. */
  local: string;
}

/** Whether an import names the golden harness package (`golden`, `golden.runner`). */
export function isGoldenModule(dotted: string | undefined): boolean {
  return dotted === 'golden' || !!dotted?.startsWith('golden.');
}

/** The module's imports from the golden package, and the names it binds to the package itself. */
export function goldenImports(root: Node, statements: readonly Node[]): { names: GoldenBinding[]; modules: Set<string> } {
  const names: GoldenBinding[] = [];
  const modules = new Set<string>();
  for (const stmt of statements) {
    if (stmt.type === 'import_statement') {
      for (const item of stmt.namedChildren) {
        if (!item || item.type === 'comment') continue;
        const name = item.type === 'aliased_import' ? item.childForFieldName('name')!.text : item.text;
        if (name !== 'golden') continue;
        modules.add(item.type === 'aliased_import' ? item.childForFieldName('alias')!.text : 'golden');
      }
      continue;
    }
    if (!isGoldenModule(stmt.childForFieldName('module_name')?.text)) continue;
    for (const item of stmt.childrenForFieldName('name')) {
      const imported = (item.type === 'aliased_import' ? item.childForFieldName('name')! : item).text;
      const local = item.type === 'aliased_import' ? item.childForFieldName('alias')!.text : imported;
      names.push({ stmt, item, imported, local });
    }
  }
  void root;
  return { names, modules };
}

/** How a call reaches the golden harness: `run_jit(...)`, an alias of it, `golden.run_jit(...)`, or the same for `run`. */
export interface HarnessCall {
  call: Node;
  target: 'run_jit' | 'run';
  /** The identifier naming `run_jit` that becomes `run` (undefined for an alias, which stays). */
  rename?: Node;
  /** The import that binds the callee's name, if it is a bare name. */
  binding?: GoldenBinding;
}

/** Nodes of `type` around each match of `re` in the text (the match start inside them), once each. */
function nodesAt(root: Node, text: string, re: RegExp, type: string, climb = 3): Node[] {
  const out = new Map<number, Node>();
  for (const m of text.matchAll(re)) {
    let n: Node | null = root.descendantForIndex(m.index!);
    for (let i = 0; n && n.type !== type && i < climb; i++) n = n.parent;
    if (n?.type === type) out.set(n.id, n);
  }
  return [...out.values()];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every call of the golden package's `run_jit` or `run` in a module, found by its text first. */
export function harnessCalls(root: Node, text: string, golden: { names: GoldenBinding[]; modules: Set<string> }): HarnessCall[] {
  const byLocal = new Map(golden.names.filter((b) => b.imported === 'run_jit' || b.imported === 'run').map((b) => [b.local, b]));
  if (!byLocal.size && !golden.modules.size) return [];
  const names = [...byLocal.keys(), ...[...golden.modules].map((m) => `${m}\\s*\\.\\s*(?:run_jit|run)`)];
  const re = new RegExp(`(?<![\\w.])(?:${names.map((n, i) => (i < byLocal.size ? escape(n) : n)).join('|')})\\s*\\(`, 'g');
  const out: HarnessCall[] = [];
  for (const call of nodesAt(root, text, re, 'call')) {
    const fn = call.childForFieldName('function');
    if (!fn) continue;
    if (fn.type === 'identifier') {
      const b = byLocal.get(fn.text);
      if (!b) continue;
      const target = b.imported as 'run_jit' | 'run';
      out.push({ call, target, binding: b, ...(target === 'run_jit' && b.local === 'run_jit' ? { rename: fn } : {}) });
    } else if (fn.type === 'attribute') {
      const obj = fn.childForFieldName('object');
      const attr = fn.childForFieldName('attribute');
      if (obj?.type !== 'identifier' || !golden.modules.has(obj.text) || !attr) continue;
      if (attr.text === 'run_jit') out.push({ call, target: 'run_jit', rename: attr });
      else if (attr.text === 'run') out.push({ call, target: 'run' });
    }
  }
  return out.sort((a, b) => a.call.startIndex - b.call.startIndex);
}

/**
 * Where the module binds the name `run` to something other than the golden
 * package's `run`: a def, a class, an assignment, a loop or with target, a
 * parameter, or an import from elsewhere. Undefined when it does not.
 */
export function otherRunBinding(root: Node, text: string, statements: readonly Node[]): string | undefined {
  for (const stmt of statements) {
    const golden = stmt.type === 'import_from_statement' && isGoldenModule(stmt.childForFieldName('module_name')?.text);
    const items = stmt.type === 'import_statement' ? stmt.namedChildren : stmt.childrenForFieldName('name');
    for (const item of items) {
      if (!item || item.type === 'comment') continue;
      const local = item.type === 'aliased_import' ? item.childForFieldName('alias')!.text : item.text.split('.')[0];
      const imported = item.type === 'aliased_import' ? item.childForFieldName('name')!.text : item.text;
      if (local === 'run' && !(golden && imported === 'run')) return `line ${stmt.startPosition.row + 1}: ${stmt.text.split('\n')[0].slice(0, 60)}`;
    }
  }
  for (const id of nodesAt(root, text, /(?<![\w.])run\b/g, 'identifier', 0)) {
    if (id.text !== 'run') continue;
    const p = id.parent;
    if (!p) continue;
    const binds =
      ((p.type === 'function_definition' || p.type === 'class_definition') && p.childForFieldName('name')?.startIndex === id.startIndex) ||
      ((p.type === 'assignment' || p.type === 'augmented_assignment' || p.type === 'for_statement' || p.type === 'for_in_clause') && p.childForFieldName('left')?.startIndex === id.startIndex) ||
      p.type === 'parameters' ||
      p.type === 'lambda_parameters' ||
      ((p.type === 'default_parameter' || p.type === 'typed_default_parameter') && p.childForFieldName('name')?.startIndex === id.startIndex) ||
      (p.type === 'typed_parameter' && p.namedChildren[0]?.startIndex === id.startIndex) ||
      p.type === 'as_pattern_target' ||
      p.type === 'pattern_list' ||
      p.type === 'global_statement' ||
      p.type === 'nonlocal_statement';
    if (binds) return `line ${id.startPosition.row + 1}: ${p.text.split('\n')[0].slice(0, 60)}`;
  }
  return undefined;
}
