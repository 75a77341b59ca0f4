"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mayHoldEntries = mayHoldEntries;
exports.scanImports = scanImports;
const file_loads_1 = require("./file-loads");
/**
 * Whether a module's text can hold a pypto entry (it mentions
 * `pypto.language`). Only such modules can be decided by their importers.
 */
function mayHoldEntries(text) {
    return /pypto\.language|from[ \t]+pypto[ \t]+import[ \t][^\n]*\blanguage\b/.test(text);
}
/** Module names a source imports, from a line-based scan (any nesting level). */
function scanImports(text) {
    const out = [];
    const re = /(?:^|;)[ \t]*(?:from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)|import[ \t]+([^\n#;]+))/gm;
    for (const m of text.matchAll(re)) {
        if (m[4] !== undefined) {
            for (const part of m[4].split(',')) {
                const name = part.trim().split(/\s+/)[0];
                if (!/^[\w.]+$/.test(name))
                    continue;
                const pieces = name.split('.');
                for (let k = 1; k <= pieces.length; k++)
                    out.push({ dotted: pieces.slice(0, k).join('.'), level: 0 });
            }
            continue;
        }
        const level = m[1].length;
        const base = m[2];
        out.push({ dotted: base, level });
        for (const part of m[3].replace(/[()\\]/g, ' ').split(',')) {
            const name = part.trim().split(/\s+/)[0];
            if (/^\w+$/.test(name))
                out.push({ dotted: base ? `${base}.${name}` : name, level });
        }
    }
    for (const name of (0, file_loads_1.fileLoadedModules)(text))
        out.push({ dotted: name, level: 1 });
    return out;
}
//# sourceMappingURL=scan.js.map