"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fileLoadedModules = fileLoadedModules;
exports.siblingIn = siblingIn;
/**
 * Modules loaded by file path rather than imported:
 * `importlib.util.spec_from_file_location("m", os.path.join(os.path.dirname(__file__), "m.py"))`.
 * Only a literal file name in the same directory is followed (a sibling module).
 */
const LOAD = /spec_from_file_location\s*\(([\s\S]{0,300}?)\)\s*(?:\n|$|;)/g;
const SIBLING = /["']([A-Za-z_]\w*)\.py["']/g;
/** Sibling module names a source loads by file path (line-based scan, as imports are). */
function fileLoadedModules(text) {
    if (!text.includes('spec_from_file_location'))
        return [];
    const out = [];
    for (const m of text.matchAll(LOAD)) {
        const name = siblingIn(m[1]);
        if (name)
            out.push(name);
    }
    return out;
}
/** The sibling module a `spec_from_file_location(...)` argument text names, if exactly one. */
function siblingIn(argsText) {
    const names = [...argsText.matchAll(SIBLING)].map((m) => m[1]);
    return names.length === 1 ? names[0] : undefined;
}
//# sourceMappingURL=file-loads.js.map