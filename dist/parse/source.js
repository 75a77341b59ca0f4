"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decodeSource = decodeSource;
exports.encodeSource = encodeSource;
const errors_1 = require("../errors");
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Decodes file bytes as strict UTF-8. Binary files (NUL bytes) and invalid
 * UTF-8 are refused with a {@link ToolError}; nothing is guessed.
 */
function decodeSource(bytes, file) {
    if (bytes.includes(0)) {
        throw new errors_1.ToolError('binary-file', file, 'contains NUL bytes; not a Python source file');
    }
    let text;
    try {
        text = decoder.decode(bytes);
    }
    catch {
        throw new errors_1.ToolError('invalid-utf8', file, 'is not valid UTF-8', 'PyPTO sources are UTF-8; re-encode the file');
    }
    const bom = text.charCodeAt(0) === 0xfeff;
    return { text: bom ? text.slice(1) : text, bom };
}
/** Encodes text back to bytes, restoring the BOM if the file had one. */
function encodeSource(src) {
    return Buffer.from((src.bom ? '\ufeff' : '') + src.text, 'utf8');
}
//# sourceMappingURL=source.js.map