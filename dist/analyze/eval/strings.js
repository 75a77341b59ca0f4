"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stringParts = stringParts;
const syntax_1 = require("../syntax");
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };
/** Decodes one Python escape sequence; unknown escapes stay as written (as Python does). */
function decodeEscape(text) {
    const c = text[1];
    if (c in ESCAPES && text.length === 2)
        return ESCAPES[c];
    if ((c === 'x' || c === 'u' || c === 'U') && text.length > 2)
        return String.fromCodePoint(parseInt(text.slice(2), 16));
    if (c === '\n')
        return '';
    return text;
}
/**
 * The literal text of a string node, or undefined when it is an f-string
 * with interpolations or a bytes literal. Interpolations are left to the
 * caller through `parts`.
 */
function stringParts(node) {
    // named children, remembered per node (a string is evaluated on every path; its children are never comments)
    const children = (0, syntax_1.codeChildren)(node);
    const start = children.find((c) => c.type === 'string_start');
    const prefix = (start?.text ?? '').replace(/['"]/g, '').toLowerCase();
    if (prefix.includes('b'))
        return undefined;
    const raw = prefix.includes('r');
    const parts = [];
    for (const child of children) {
        if (child.type === 'string_content') {
            // escape_sequence nodes nest inside string_content in this grammar
            const whole = child.text;
            const base = child.startIndex;
            let text = '';
            let last = base;
            for (const esc of (0, syntax_1.codeChildren)(child)) {
                if (esc.type !== 'escape_sequence')
                    continue;
                text += whole.slice(last - base, esc.startIndex - base);
                text += raw ? esc.text : decodeEscape(esc.text);
                last = esc.endIndex;
            }
            text += whole.slice(last - base);
            parts.push(text);
        }
        else if (child.type === 'escape_sequence') {
            parts.push(raw ? child.text : decodeEscape(child.text));
        }
        else if (child.type === 'interpolation') {
            const expr = child.namedChildren.find((c) => c && c.type !== 'format_specifier' && c.type !== 'type_conversion');
            if (!expr)
                return undefined;
            parts.push(expr);
        }
    }
    return parts;
}
//# sourceMappingURL=strings.js.map