"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.storeFile = storeFile;
exports.loadFile = loadFile;
const errors_1 = require("./errors");
/** Plain data for a result; `withText` keeps the source and output (for workers, not the cache). */
function storeFile(f, withText) {
    return {
        path: f.path,
        findings: f.findings,
        edits: f.edits,
        fixes: f.fixes.map((x) => ({ finding: f.findings.indexOf(x.finding), edits: x.edits })),
        ...(f.withheld ? { withheld: f.withheld.map((x) => ({ finding: f.findings.indexOf(x.finding), edits: x.edits })) } : {}),
        ...(f.error ? { error: { code: f.error.code, file: f.error.file, detail: f.error.detail, hint: f.error.hint } } : {}),
        ...(withText && f.original ? { original: f.original } : {}),
        ...(withText && f.output !== undefined ? { output: f.output } : {}),
    };
}
/** The result back from plain data. */
function loadFile(f) {
    const res = { path: f.path, findings: f.findings, edits: f.edits, fixes: f.fixes.map((x) => ({ finding: f.findings[x.finding], edits: x.edits })) };
    if (f.withheld)
        res.withheld = f.withheld.map((x) => ({ finding: f.findings[x.finding], edits: x.edits }));
    if (f.error)
        res.error = new errors_1.ToolError(f.error.code, f.error.file, f.error.detail, f.error.hint);
    if (f.original)
        res.original = { ...f.original, bytes: new Uint8Array(f.original.bytes) };
    if (f.output !== undefined)
        res.output = f.output;
    return res;
}
//# sourceMappingURL=serialize.js.map