"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isStoredFile = void 0;
exports.storeFile = storeFile;
exports.loadFile = loadFile;
const errors_1 = require("../errors");
const shape_1 = require("../shape");
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
const isEdit = (v) => (0, shape_1.object)({ start: shape_1.isIndex, end: shape_1.isIndex, text: shape_1.isString, keyword: (0, shape_1.optional)((0, shape_1.object)({ start: shape_1.isIndex, end: shape_1.isIndex })) })(v) && v.start <= v.end;
/** What every reporter reads of a finding and its evidence (the rest depends on the kind). */
const isFindingLike = (0, shape_1.object)({
    kind: shape_1.isString,
    path: shape_1.isString,
    line: shape_1.isIndex,
    column: shape_1.isIndex,
    evidence: (0, shape_1.optional)((0, shape_1.arrayOf)((0, shape_1.object)({ role: shape_1.isString, path: shape_1.isString, line: shape_1.isIndex, text: shape_1.isString }))),
});
const isStoredError = (0, shape_1.object)({ code: shape_1.isString, file: (0, shape_1.optional)(shape_1.isString), detail: shape_1.isString, hint: (0, shape_1.optional)(shape_1.isString) });
/**
 * Whether data read back from disk is a `StoredFile` as `storeFile(f, false)`
 * writes it: without source text, each fix pointing at one of its findings.
 */
const isStoredFile = (v) => (0, shape_1.object)({ path: shape_1.isString, findings: (0, shape_1.arrayOf)(isFindingLike), edits: (0, shape_1.arrayOf)(isEdit), fixes: (0, shape_1.arrayOf)((0, shape_1.object)({ finding: shape_1.isIndex, edits: (0, shape_1.arrayOf)(isEdit) })), error: (0, shape_1.optional)(isStoredError), original: (x) => x === undefined, output: (x) => x === undefined })(v) &&
    v.fixes.every((x) => x.finding < v.findings.length);
exports.isStoredFile = isStoredFile;
//# sourceMappingURL=serialize.js.map