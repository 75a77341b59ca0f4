import type { Node } from '../parse/syntax-tree';
import { codeChildren, dottedName } from './syntax';

const LANGUAGE = 'pypto.language';

/**
 * How one module spells `pypto.language`: the local names bound to the module
 * itself (`import pypto.language as pl`, `from pypto import language as pl`)
 * and names imported from it (`from pypto.language import InOut`).
 */
export interface PyptoSymbols {
  /** Local names (possibly dotted, e.g. `pypto.language`) bound to the module. */
  moduleAliases: Set<string>;
  /** Local name -> member of pypto.language it is bound to. */
  members: Map<string, string>;
}

const statementsCache = new WeakMap<Node, readonly Node[]>();

/**
 * The import statements of a module, found from its text (any nesting
 * level). Remembered per root node: each run of a language server asks
 * again for every module of the group, whose parses it keeps, and trees are
 * never edited once parsed.
 */
export function importStatements(root: Node, text: string): readonly Node[] {
  let found = statementsCache.get(root);
  if (!found) statementsCache.set(root, (found = findImportStatements(root, text)));
  return found;
}

function findImportStatements(root: Node, text: string): Node[] {
  const out = new Map<number, Node>();
  // at a line start or after `;` (`x = 1; import kern`)
  for (const m of text.matchAll(/(?:^|;)[ \t]*(?:import|from)[ \t\\(]/gm)) {
    let node: Node | null = root.descendantForIndex(m.index! + m[0].search(/[a-z]/));
    while (node && node.type !== 'import_statement' && node.type !== 'import_from_statement' && node.type !== 'module') node = node.parent;
    if (node && node.type !== 'module') out.set(node.startIndex, node);
  }
  return [...out.values()];
}

/** Collects the module's bindings of `pypto.language`. Only imports count. */
export function pyptoSymbols(root: Node, text = root.text): PyptoSymbols {
  const out: PyptoSymbols = { moduleAliases: new Set(), members: new Map() };
  for (const node of importStatements(root, text)) {
    if (node.type === 'import_statement') {
      for (const item of codeChildren(node)) {
        if (item.type === 'aliased_import') {
          if (item.childForFieldName('name')!.text === LANGUAGE) out.moduleAliases.add(item.childForFieldName('alias')!.text);
        } else if (item.text === LANGUAGE) {
          out.moduleAliases.add(LANGUAGE);
        }
      }
    } else if (node.type === 'import_from_statement') {
      const from = node.childForFieldName('module_name')?.text;
      for (const item of node.childrenForFieldName('name')) {
        const name = item.type === 'aliased_import' ? item.childForFieldName('name')!.text : item.text;
        const local = item.type === 'aliased_import' ? item.childForFieldName('alias')!.text : item.text;
        if (from === 'pypto' && name === 'language') out.moduleAliases.add(local);
        else if (from === LANGUAGE) out.members.set(local, name);
      }
    }
  }
  return out;
}

/**
 * The pypto.language member an expression names (`pl.jit.host` -> `jit.host`,
 * bare `InOut` imported from pypto.language -> `InOut`), or undefined.
 */
export function pyptoMember(node: Node | null | undefined, symbols: PyptoSymbols): string | undefined {
  const dotted = dottedName(node);
  if (!dotted) return undefined;
  for (const alias of symbols.moduleAliases) {
    if (dotted.startsWith(alias + '.')) return dotted.slice(alias.length + 1);
  }
  const head = dotted.split('.')[0];
  const member = symbols.members.get(head);
  return member ? member + dotted.slice(head.length) : undefined;
}

/** The preferred local spelling of a pypto.language member, or undefined. */
export function spellMember(member: string, symbols: PyptoSymbols, preferAlias?: string): string | undefined {
  if (preferAlias && symbols.moduleAliases.has(preferAlias)) return `${preferAlias}.${member}`;
  for (const [local, name] of symbols.members) if (name === member) return local;
  const alias = [...symbols.moduleAliases].sort((a, b) => a.length - b.length)[0];
  return alias ? `${alias}.${member}` : undefined;
}
