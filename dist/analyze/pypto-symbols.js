"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.importStatements = importStatements;
exports.pyptoSymbols = pyptoSymbols;
exports.pyptoMember = pyptoMember;
exports.spellMember = spellMember;
const syntax_1 = require("./syntax");
const LANGUAGE = 'pypto.language';
const statementsCache = new WeakMap();
/**
 * The import statements of a module, found from its text (any nesting
 * level). Remembered per root node: each run of a language server asks
 * again for every module of the group, whose parses it keeps, and trees are
 * never edited once parsed.
 */
function importStatements(root, text) {
    let found = statementsCache.get(root);
    if (!found)
        statementsCache.set(root, (found = findImportStatements(root, text)));
    return found;
}
function findImportStatements(root, text) {
    const out = new Map();
    // at a line start or after `;` (`x = 1; import kern`)
    for (const m of text.matchAll(/(?:^|;)[ \t]*(?:import|from)[ \t\\(]/gm)) {
        let node = root.descendantForIndex(m.index + m[0].search(/[a-z]/));
        while (node && node.type !== 'import_statement' && node.type !== 'import_from_statement' && node.type !== 'module')
            node = node.parent;
        if (node && node.type !== 'module')
            out.set(node.startIndex, node);
    }
    return [...out.values()];
}
/** Collects the module's bindings of `pypto.language`. Only imports count. */
function pyptoSymbols(root, text = root.text) {
    const out = { moduleAliases: new Set(), members: new Map() };
    for (const node of importStatements(root, text)) {
        if (node.type === 'import_statement') {
            for (const item of (0, syntax_1.codeChildren)(node)) {
                if (item.type === 'aliased_import') {
                    if (item.childForFieldName('name').text === LANGUAGE)
                        out.moduleAliases.add(item.childForFieldName('alias').text);
                }
                else if (item.text === LANGUAGE) {
                    out.moduleAliases.add(LANGUAGE);
                }
            }
        }
        else if (node.type === 'import_from_statement') {
            const from = node.childForFieldName('module_name')?.text;
            for (const item of node.childrenForFieldName('name')) {
                const name = item.type === 'aliased_import' ? item.childForFieldName('name').text : item.text;
                const local = item.type === 'aliased_import' ? item.childForFieldName('alias').text : item.text;
                if (from === 'pypto' && name === 'language')
                    out.moduleAliases.add(local);
                else if (from === LANGUAGE)
                    out.members.set(local, name);
            }
        }
    }
    return out;
}
/**
 * The pypto.language member an expression names (`pl.jit.host` -> `jit.host`,
 * bare `InOut` imported from pypto.language -> `InOut`), or undefined.
 */
function pyptoMember(node, symbols) {
    const dotted = (0, syntax_1.dottedName)(node);
    if (!dotted)
        return undefined;
    for (const alias of symbols.moduleAliases) {
        if (dotted.startsWith(alias + '.'))
            return dotted.slice(alias.length + 1);
    }
    const head = dotted.split('.')[0];
    const member = symbols.members.get(head);
    return member ? member + dotted.slice(head.length) : undefined;
}
/** The preferred local spelling of a pypto.language member, or undefined. */
function spellMember(member, symbols, preferAlias) {
    if (preferAlias && symbols.moduleAliases.has(preferAlias))
        return `${preferAlias}.${member}`;
    for (const [local, name] of symbols.members)
        if (name === member)
            return local;
    const alias = [...symbols.moduleAliases].sort((a, b) => a.length - b.length)[0];
    return alias ? `${alias}.${member}` : undefined;
}
//# sourceMappingURL=pypto-symbols.js.map