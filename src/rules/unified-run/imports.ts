import type { Node } from 'web-tree-sitter';
import type { Edit } from '../../rewrite/edits';
import type { GoldenBinding } from './harness-calls';

/** Start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Just past the line break ending the line holding `offset` (or the end of text). */
function pastLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** A block-level statement's siblings (other statements of its block), code only. */
function siblingStatements(stmt: Node): Node[] {
  return (stmt.parent?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment' && c.startIndex !== stmt.startIndex);
}

/** `import_from_statement` text with one name item replaced by `replacement` (or removed with its comma, `''`). */
function rewriteItem(text: string, stmt: Node, item: Node, replacement: string): string {
  const base = stmt.startIndex;
  const rel = (n: number) => n - base;
  const src = text.slice(stmt.startIndex, stmt.endIndex);
  if (replacement) return src.slice(0, rel(item.startIndex)) + replacement + src.slice(rel(item.endIndex));
  const kids = stmt.children.filter((c): c is Node => !!c);
  const i = kids.findIndex((c) => c.startIndex === item.startIndex);
  const after = kids[i + 1]?.type === ',' ? kids[i + 1] : undefined;
  const before = kids[i - 1]?.type === ',' ? kids[i - 1] : undefined;
  const ls = lineStart(text, item.startIndex);
  if (after) {
    const le = pastLine(text, after.endIndex);
    const own = /^[ \t]*$/.test(text.slice(ls, item.startIndex)) && /^[ \t]*\r?\n$/.test(text.slice(after.endIndex, le)) && ls > stmt.startIndex;
    if (own) return src.slice(0, rel(ls)) + src.slice(rel(le)); // the name had a line of its own
    let end = after.endIndex;
    while (text[end] === ' ' || text[end] === '\t') end++;
    return src.slice(0, rel(item.startIndex)) + src.slice(rel(end));
  }
  if (before) return src.slice(0, rel(before.startIndex)) + src.slice(rel(item.endIndex));
  return src;
}

/**
 * The edit making an import of `run_jit` from the golden package name `run`
 * instead (an alias kept): the name renamed; or, where the same name is
 * already bound to `run` by this statement, dropped; or, where another
 * import of the module at the top level or in the same block binds it, the
 * name dropped, or the statement with its line when it named only
 * `run_jit`. Never a duplicate import.
 */
export function importEdit(text: string, b: GoldenBinding, all: GoldenBinding[]): Edit | undefined {
  const stmt = b.stmt;
  const target = { start: stmt.startIndex, end: stmt.endIndex };
  const module = stmt.childForFieldName('module_name')?.text;
  // the name the converted calls use: run, or the alias run_jit had
  const local = b.local === 'run_jit' ? 'run' : b.local;
  const same = (o: GoldenBinding) => o.imported === 'run' && o.local === local;
  const here = all.some((o) => o.stmt.startIndex === stmt.startIndex && same(o));
  const visible = (o: GoldenBinding) => o.stmt.parent?.type === 'module' || o.stmt.parent?.startIndex === stmt.parent?.startIndex;
  const elsewhere = all.some((o) => o.stmt.startIndex !== stmt.startIndex && same(o) && visible(o) && o.stmt.childForFieldName('module_name')?.text === module && o.stmt.startIndex < stmt.startIndex);
  const items = stmt.childrenForFieldName('name');
  if (here || (elsewhere && items.length > 1)) return { start: stmt.startIndex, end: stmt.endIndex, text: rewriteItem(text, stmt, b.item, ''), kind: 'harness-import', target };
  if (elsewhere) {
    // the statement imported only run_jit: it goes with its line, if that leaves its block a statement
    const ls = lineStart(text, stmt.startIndex);
    const le = pastLine(text, stmt.endIndex);
    const alone = /^[ \t]*$/.test(text.slice(ls, stmt.startIndex)) && /^[ \t]*\r?\n?$/.test(text.slice(stmt.endIndex, le));
    if (alone && siblingStatements(stmt).length) return { start: ls, end: le, text: '', kind: 'harness-import', target };
  }
  const name = b.item.type === 'aliased_import' ? b.item.childForFieldName('name')! : b.item;
  const renamed = text.slice(b.item.startIndex, name.startIndex) + 'run' + text.slice(name.endIndex, b.item.endIndex);
  return { start: stmt.startIndex, end: stmt.endIndex, text: rewriteItem(text, stmt, b.item, renamed), kind: 'harness-import', target };
}
