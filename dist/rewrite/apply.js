"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.sortEdits = sortEdits;
exports.applyEdits = applyEdits;
exports.applyAndVerify = applyAndVerify;
const magic_string_1 = __importDefault(require("magic-string"));
const errors_1 = require("../errors");
const indentation_1 = require("../parse/indentation");
const module_1 = require("../parse/module");
const verify_1 = require("./verify");
/** Sorts edits and refuses overlapping ones (two insertions at one point are kept in order). */
function sortEdits(edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        const cur = sorted[i];
        if (cur.start < prev.end || (cur.start === prev.start && cur.end === prev.end && prev.end > prev.start)) {
            throw new Error(`overlapping edits at ${prev.start}-${prev.end} and ${cur.start}-${cur.end}`);
        }
    }
    return sorted;
}
/** Applies edits to text in one pass; indices refer to the original text. */
function applyEdits(text, edits) {
    if (edits.length === 0)
        return text;
    const s = new magic_string_1.default(text);
    for (const e of sortEdits(edits)) {
        if (e.start === e.end)
            s.appendLeft(e.start, e.text);
        else
            s.overwrite(e.start, e.end, e.text);
    }
    return s.toString();
}
/**
 * Applies edits and re-parses the result. A result that does not parse is
 * refused with a {@link ToolError}: it must never be written.
 */
async function applyAndVerify(path, text, edits, inputTree) {
    const out = applyEdits(text, edits);
    if (out === text)
        return out;
    const tree = await (0, module_1.parseText)(out);
    try {
        const bad = (0, module_1.firstSyntaxError)(tree.rootNode);
        const badLine = bad ? bad.startPosition.row + 1 : (0, indentation_1.findLayoutError)(out)?.line;
        if (badLine !== undefined) {
            throw new errors_1.ToolError('verify-failed', path, `:${badLine}: the edited text does not parse; file not written`, 'please report this as a bug in pypto-direction');
        }
        const diff = inputTree && (0, verify_1.structuralDifference)(inputTree, text, tree, out, edits);
        if (diff) {
            throw new errors_1.ToolError('verify-failed', path, `: the edit changed more than its rule allows (${diff}); file not written`, 'please report this as a bug in pypto-direction');
        }
    }
    finally {
        tree.delete();
    }
    return out;
}
//# sourceMappingURL=apply.js.map