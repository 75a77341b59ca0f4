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
exports.positionAt = positionAt;
exports.renderSarif = renderSarif;
const path = __importStar(require("path"));
const url_1 = require("url");
const messages_1 = require("./messages");
const select_1 = require("./select");
const summary_1 = require("./summary");
const PACKAGE = require('../../package.json');
/** The line and column of a UTF-16 offset into `text`; lines end at `\n` (as tree-sitter counts rows). */
function positionAt(text, offset) {
    const lines = text.slice(0, offset).split('\n');
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
/**
 * The level of a result (`levelOf`, the table every format with levels
 * reads) and, for level `none`, its kind: a param whose direction matches
 * is `pass`, the other explanations `informational`, as SARIF asks.
 */
function level(f, strict) {
    const l = (0, select_1.levelOf)(f, strict);
    return l === 'none' ? { level: l, kind: f.kind === 'ok' ? 'pass' : 'informational' } : { level: l };
}
/** A display path as a URI reference: relative paths percent-encoded per segment, absolute ones as file: URIs. */
function artifactLocation(file, cwd) {
    const shown = (0, summary_1.displayPath)(file, cwd);
    return { uri: path.isAbsolute(shown) ? (0, url_1.pathToFileURL)(shown).href : shown.split('/').map(encodeURIComponent).join('/') };
}
function replacement(text, edit) {
    const start = positionAt(text, edit.start);
    const end = positionAt(text, edit.end);
    return {
        deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
        insertedContent: { text: edit.text },
    };
}
function result(f, file, ruleIndex, report) {
    const location = artifactLocation(f.path, report.cwd);
    // an applied fix, or an unsafe one left unapplied (its description says so)
    const fix = file.error ? undefined : [...file.fixes, ...(file.withheld ?? [])].find((x) => x.finding === f);
    const edits = fix && (f.withheld || file.output !== undefined) ? fix.edits : undefined;
    const description = `${(0, messages_1.messageOf)(f)} (${f.applicability} fix${f.withheld ? ', applied only with --unsafe-fixes' : ''})`;
    return {
        ruleId: f.kind,
        ruleIndex,
        ...level(f, !!report.strict),
        message: { text: (0, messages_1.messageOf)(f) },
        // a param kept by `# pypto-direction: ignore` (explain only)
        ...(f.kind === 'suppressed' ? { suppressions: [{ kind: 'inSource' }] } : {}),
        locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: f.line, startColumn: f.column } } }],
        ...(edits?.length && file.original
            ? { fixes: [{ description: { text: description }, artifactChanges: [{ artifactLocation: location, replacements: edits.map((e) => replacement(file.original.text, e)) }] }] }
            : {}),
        properties: {
            ...(f.applicability ? { fix: { applicability: f.applicability, applied: !f.withheld } } : {}),
            entry: 'entry' in f ? f.entry : undefined,
            param: 'param' in f ? f.param : undefined,
            from: 'from' in f ? f.from : 'direction' in f ? f.direction : undefined,
            to: 'to' in f ? f.to : 'direction' in f ? f.direction : undefined,
            reason: f.kind === 'unresolved' ? f.reason : undefined,
            rule: (0, messages_1.ruleInWords)(f),
            evidence: ('evidence' in f ? f.evidence : []).map((e) => ({ ...e, path: (0, summary_1.displayPath)(e.path, report.cwd) })),
        },
    };
}
/**
 * The SARIF 2.1.0 log of a run, for code-scanning uploads: one result per
 * reported finding (the set every format shows, `select.ts`; levels: see
 * `level`), each `fix` result carrying its replacements on
 * the original text. Rules are the finding kinds that occur; files that could
 * not be processed become tool execution notifications. Columns count UTF-16
 * code units, 1-based.
 */
function renderSarif(report) {
    const kinds = [];
    const results = (0, select_1.reportedByFile)(report).flatMap(({ file, findings }) => findings.map((f) => {
        if (!kinds.includes(f.kind))
            kinds.push(f.kind);
        return result(f, file, kinds.indexOf(f.kind), report);
    }));
    const rules = kinds.map((kind) => ({ id: kind, shortDescription: { text: messages_1.TITLES[kind] } }));
    const errors = (0, summary_1.allErrors)(report);
    const notifications = errors.map((e) => ({
        level: 'error',
        message: { text: (0, summary_1.describeError)(e, report.cwd) },
        descriptor: { id: e.code },
        ...(e.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, report.cwd) } }] } : {}),
    }));
    const run = {
        tool: { driver: { name: 'pypto-direction', version: PACKAGE.version, ...(PACKAGE.homepage ? { informationUri: PACKAGE.homepage } : {}), rules } },
        invocations: [{ executionSuccessful: errors.length === 0, exitCode: (0, summary_1.exitCode)(report), toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
    };
    const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
    return JSON.stringify(log, null, 2) + '\n';
}
//# sourceMappingURL=sarif.js.map