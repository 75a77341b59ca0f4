"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keywordSites = keywordSites;
const syntax_1 = require("../../analyze/syntax");
/** Every `is_output=` keyword of spec and replace calls in a module, found by its text first. */
function keywordSites(path, root, text, specClasses) {
    const out = [];
    const seen = new Set();
    for (const m of text.matchAll(/\bis_output\s*=/g)) {
        let kw = root.descendantForIndex(m.index);
        while (kw && kw.type !== 'keyword_argument')
            kw = kw.parent;
        if (!kw || seen.has(kw.startIndex) || kw.childForFieldName('name')?.text !== 'is_output')
            continue;
        const call = kw.parent?.parent;
        if (call?.type !== 'call' || kw.parent.type !== 'argument_list')
            continue;
        const callee = (0, syntax_1.dottedName)(call.childForFieldName('function'));
        const last = callee?.slice(callee.lastIndexOf('.') + 1);
        if (!last)
            continue;
        const form = specClasses.has(last) ? 'spec' : callee === 'replace' || callee === 'dataclasses.replace' ? 'replace' : undefined;
        if (!form)
            continue;
        seen.add(kw.startIndex);
        out.push({ path, call, kw, form });
    }
    return out;
}
//# sourceMappingURL=keywords.js.map