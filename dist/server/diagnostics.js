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
exports.SOURCE = void 0;
exports.uriOf = uriOf;
exports.findingRange = findingRange;
exports.errorDiagnostic = errorDiagnostic;
exports.diagnosticsOf = diagnosticsOf;
const path = __importStar(require("path"));
const url_1 = require("url");
const vscode_languageserver_1 = require("vscode-languageserver");
const messages_1 = require("../report/messages");
const select_1 = require("../report/select");
/** The `source` of every diagnostic this server publishes. */
exports.SOURCE = 'pypto-direction';
/** The end of a line, whatever its length (the protocol clamps it). */
const LINE_END = 2 ** 31 - 1;
/** A `file:` URI for a path as the analysis names it (relative to the server's cwd). */
function uriOf(file) {
    return (0, url_1.pathToFileURL)(path.resolve(file)).href;
}
/**
 * The severity of a finding the server shows (the set of `select.ts`: what
 * `check -v` shows, plus suppressed params), from the level every format
 * reads (`levelOf`): pending work as `server-severity` says, the other
 * findings `check` shows as warnings, `-v`'s warnings as information,
 * suppressed params as hints; others (`ok`, `not-linked`) are for hover only.
 */
function severityOf(f, pending) {
    if (!(0, select_1.shownKind)('server', true, f.kind, (0, select_1.tierOfFinding)(f)))
        return undefined;
    switch ((0, select_1.levelOf)(f)) {
        case 'error':
            return pending === 'error' ? vscode_languageserver_1.DiagnosticSeverity.Error : vscode_languageserver_1.DiagnosticSeverity.Warning;
        case 'warning':
            return vscode_languageserver_1.DiagnosticSeverity.Warning;
        default:
            return f.kind === 'suppressed' ? vscode_languageserver_1.DiagnosticSeverity.Hint : vscode_languageserver_1.DiagnosticSeverity.Information;
    }
}
/** The range a finding points at: the param's name, else its line from the reported column. */
function findingRange(f, doc) {
    const line = f.line - 1;
    const start = { line, character: f.column - 1 };
    if ('param' in f)
        return { start, end: { line, character: start.character + f.param.length } };
    const text = doc.getText({ start: { line, character: 0 }, end: { line, character: LINE_END } }).replace(/\s+$/, '');
    return { start, end: { line, character: Math.max(text.length, start.character) } };
}
/** Where an evidence item points, as an LSP related location. */
function related(e) {
    const line = Math.max(0, e.line - 1);
    return {
        location: { uri: uriOf(e.path), range: { start: { line, character: 0 }, end: { line, character: LINE_END } } },
        message: `${e.role}: ${e.text}${e.says ? ` (${e.says})` : ''}`,
    };
}
/** The diagnostic of a file that could not be analyzed (syntax error, unreadable, too large). */
function errorDiagnostic(error) {
    const at = /^:(\d+):(\d+): (.*)$/.exec(error.detail);
    const position = at ? { line: Number(at[1]) - 1, character: Number(at[2]) - 1 } : { line: 0, character: 0 };
    const message = (at ? at[3] : error.detail.replace(/^:\s*/, '')) + (error.hint ? ` (${error.hint})` : '');
    return { range: { start: position, end: position }, severity: vscode_languageserver_1.DiagnosticSeverity.Error, source: exports.SOURCE, code: error.code, message };
}
/**
 * The diagnostics of one analyzed file: pending findings as warnings (or
 * errors, per `server-severity`), report-only ones as information, suppressed
 * ones as hints; the finding kind is the code and its evidence chain the
 * related information.
 */
function diagnosticsOf(res, doc, pending) {
    const out = res.error ? [errorDiagnostic(res.error)] : [];
    for (const f of res.findings) {
        const severity = severityOf(f, pending);
        if (severity === undefined)
            continue;
        const evidence = 'evidence' in f ? f.evidence : [];
        out.push({
            range: findingRange(f, doc),
            severity,
            source: exports.SOURCE,
            code: f.kind,
            message: (0, messages_1.messageOf)(f) + (f.applicability ? ` (${f.applicability} fix)` : ''),
            ...(f.applicability ? { data: { fix: f.applicability } } : {}),
            ...(evidence.length ? { relatedInformation: evidence.map(related) } : {}),
        });
    }
    return out;
}
//# sourceMappingURL=diagnostics.js.map