"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderJson = renderJson;
const messages_1 = require("./messages");
const select_1 = require("./select");
const summary_1 = require("./summary");
/** Status of a finding in machine output. */
function status(f) {
    if (f.applicability)
        return 'fix';
    switch (f.kind) {
        case 'fix':
            return 'fix';
        case 'ok':
            return 'ok';
        case 'not-linked':
            return 'not-linked';
        case 'suppressed':
            return 'suppressed';
        case 'unresolved':
        case 'unlinked-harness':
            return 'unresolved';
        case 'stale-is-output':
        case 'legacy-harness':
        case 'fix-breaks-abi':
            return 'unresolved';
        case 'abi-mismatch':
            return 'mismatch';
        case 'era':
            return 'info';
        default:
            return 'warning';
    }
}
/** The JSON report: one object, version 1, paths relative to the working directory; the findings are the run's reported set (`select.ts`). */
function renderJson(report) {
    const files = (0, select_1.reportedByFile)(report)
        .filter(({ file, findings }) => findings.length || file.error)
        .map(({ file, findings }) => ({
        path: (0, summary_1.displayPath)(file.path, report.cwd),
        ...(file.error ? { error: (0, summary_1.describeError)(file.error, report.cwd) } : {}),
        findings: findings.map((f) => ({
            kind: f.kind,
            entry: 'entry' in f ? f.entry : undefined,
            param: 'param' in f ? f.param : undefined,
            line: f.line,
            column: f.column,
            from: 'from' in f ? f.from : 'direction' in f ? f.direction : undefined,
            to: 'to' in f ? f.to : 'direction' in f ? f.direction : undefined,
            status: status(f),
            ...(f.applicability ? { fix: { applicability: f.applicability, applied: !f.withheld } } : {}),
            reason: f.kind === 'unresolved' ? f.reason : f.kind === 'stale-is-output' || f.kind === 'legacy-harness' ? f.keep?.reason : undefined,
            ...(f.kind === 'era' ? { era: f.era, why: f.why } : {}),
            ...(f.kind === 'abi-mismatch' ? { spec: f.spec, artifact: f.artifact } : {}),
            ...(f.kind === 'stale-is-output' ? { spec: f.spec, keyword: f.keyword } : {}),
            ...(f.kind === 'fix-breaks-abi' ? { spec: f.spec, artifact: f.artifact } : {}),
            ...(f.kind === 'legacy-harness' ? { site: f.site, unified: f.unified } : {}),
            message: (0, messages_1.messageOf)(f),
            rule: (0, messages_1.ruleInWords)(f),
            evidence: ('evidence' in f ? f.evidence : []).map((e) => ({ ...e, path: (0, summary_1.displayPath)(e.path, report.cwd) })),
        })),
    }));
    const errors = (0, summary_1.allErrors)(report).map((e) => ({ code: e.code, path: e.file && (0, summary_1.displayPath)(e.file, report.cwd), message: (0, summary_1.describeError)(e, report.cwd) }));
    return JSON.stringify({ version: 1, command: report.command, summary: (0, summary_1.summarize)(report), files, errors }, null, 2) + '\n';
}
//# sourceMappingURL=json.js.map