"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.allErrors = allErrors;
exports.summarize = summarize;
exports.exitCode = exitCode;
exports.displayPath = displayPath;
exports.describeError = describeError;
const path = __importStar(require("path"));
const findings_1 = require("../decide/findings");
/** Every error of a run: bad paths, unreadable/unparsable files, failed writes. */
function allErrors(report) {
    return [...report.result.errors, ...report.result.files.flatMap((f) => (f.error ? [f.error] : [])), ...report.writeErrors];
}
/** Counts for the summary line and the JSON summary. */
function summarize(report) {
    const files = report.result.files;
    const strict = !!report.strict;
    return {
        filesScanned: files.length,
        filesChanged: report.changed.length,
        edits: report.changed.reduce((n, f) => n + f.findings.filter((x) => (0, findings_1.isEditFinding)(x)).length, 0),
        unresolved: files.reduce((n, f) => n + f.findings.filter((x) => (0, findings_1.isPending)(x, strict) && x.applicability === undefined).length, 0),
        hiddenFixes: files.reduce((n, f) => n + f.findings.filter((x) => x.withheld).length, 0),
        errors: allErrors(report).length,
    };
}
/**
 * The exit code: 2 when any file could not be processed, 1 when a change, an
 * unresolved finding or an unsafe fix left unapplied is pending (after `fix`,
 * only the last two), else 0. As in ruff, a fix that is available but not
 * applied leaves its finding standing, so it counts.
 */
function exitCode(report) {
    const s = summarize(report);
    if (s.errors > 0)
        return 2;
    const changesPending = report.command !== 'fix' || report.dryRun ? s.filesChanged > 0 : (report.declined ?? 0) > 0;
    return changesPending || s.unresolved > 0 || s.hiddenFixes > 0 ? 1 : 0;
}
/** A path as shown to people: relative to the working directory when inside it. */
function displayPath(p, cwd) {
    const rel = path.relative(cwd, path.resolve(cwd, p));
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}
/** An error as shown to people: its file relative to the working directory. */
function describeError(e, cwd) {
    const where = e.file ? displayPath(e.file, cwd) + (e.detail.startsWith(':') ? '' : ': ') : '';
    return `${where}${e.detail}${e.hint ? ` (${e.hint})` : ''}`;
}
//# sourceMappingURL=summary.js.map