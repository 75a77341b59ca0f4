"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.factsOf = factsOf;
exports.isFileFacts = isFileFacts;
const scan_1 = require("./scan");
/** The facts of a text. */
function factsOf(text) {
    return { mayHoldEntries: (0, scan_1.mayHoldEntries)(text), imports: (0, scan_1.scanImports)(text) };
}
/** Whether a value read back from disk has the shape of {@link FileFacts} (else it is recomputed). */
function isFileFacts(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const f = v;
    return (typeof f.mayHoldEntries === 'boolean' &&
        Array.isArray(f.imports) &&
        f.imports.every((i) => {
            const n = i;
            return typeof n === 'object' && n !== null && typeof n.dotted === 'string' && Number.isInteger(n.level) && n.level >= 0;
        }));
}
//# sourceMappingURL=facts.js.map