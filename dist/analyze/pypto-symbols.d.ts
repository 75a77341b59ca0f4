import type { Node } from '../parse/syntax-tree';
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
/**
 * The import statements of a module, found from its text (any nesting
 * level). Remembered per root node: each run of a language server asks
 * again for every module of the group, whose parses it keeps, and trees are
 * never edited once parsed.
 */
export declare function importStatements(root: Node, text: string): readonly Node[];
/** Collects the module's bindings of `pypto.language`. Only imports count. */
export declare function pyptoSymbols(root: Node, text?: string): PyptoSymbols;
/**
 * The pypto.language member an expression names (`pl.jit.host` -> `jit.host`,
 * bare `InOut` imported from pypto.language -> `InOut`), or undefined.
 */
export declare function pyptoMember(node: Node | null | undefined, symbols: PyptoSymbols): string | undefined;
/** The preferred local spelling of a pypto.language member, or undefined. */
export declare function spellMember(member: string, symbols: PyptoSymbols, preferAlias?: string): string | undefined;
