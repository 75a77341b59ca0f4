"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.editKind = editKind;
exports.directionEdits = directionEdits;
const entries_1 = require("../analyze/entries");
const pypto_symbols_1 = require("../analyze/pypto-symbols");
const syntax_1 = require("../analyze/syntax");
/** An edit's kind, also for edits made before kinds were written down. */
function editKind(e) {
    if (e.kind)
        return e.kind;
    if (e.keyword)
        return 'delete-keyword';
    return e.start === e.end ? 'wrap' : 'rename';
}
/**
 * The edits that raise a param to `to`: wrap a bare annotation
 * (`pl.Tensor[...]` -> `pl.InOut[pl.Tensor[...]]`: two insertions) or rename
 * an existing wrapper (`Out` -> `InOut`). Undefined when the module offers
 * no way to spell the wrapper.
 */
function directionEdits(param, to, symbols) {
    const annotation = param.annotation;
    if (!annotation || to === 'In')
        return undefined;
    if (param.wrapper) {
        if (param.direction === to)
            return [];
        const value = (0, entries_1.subscriptParts)(param.wrapper.node).head;
        if (value.type === 'attribute') {
            const name = param.wrapper.nameNode;
            return [{ start: name.startIndex, end: name.endIndex, text: to, kind: 'rename' }];
        }
        const spelled = (0, pypto_symbols_1.spellMember)(to, symbols);
        return spelled ? [{ start: value.startIndex, end: value.endIndex, text: spelled, kind: 'rename' }] : undefined;
    }
    const spelled = (0, pypto_symbols_1.spellMember)(to, symbols, aliasUsedBy(annotation, symbols));
    if (!spelled)
        return undefined;
    return [
        { start: annotation.startIndex, end: annotation.startIndex, text: `${spelled}[`, kind: 'wrap' },
        { start: annotation.endIndex, end: annotation.endIndex, text: ']', kind: 'wrap' },
    ];
}
/** The module alias an annotation itself uses (`pl` in `pl.Tensor[...]`), so the wrapper matches. */
function aliasUsedBy(annotation, symbols) {
    const inner = (0, syntax_1.unparen)(annotation);
    const base = (0, entries_1.subscriptParts)(inner)?.head ?? inner;
    const dotted = (0, syntax_1.dottedName)(base);
    if (!dotted || !(0, pypto_symbols_1.pyptoMember)(base, symbols))
        return undefined;
    const alias = dotted.slice(0, dotted.lastIndexOf('.'));
    return symbols.moduleAliases.has(alias) ? alias : undefined;
}
//# sourceMappingURL=edits.js.map