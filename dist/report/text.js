"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summaryLine = summaryLine;
exports.renderText = renderText;
exports.renderNotes = renderNotes;
exports.renderDiff = renderDiff;
exports.renderExplain = renderExplain;
const findings_1 = require("../decide/findings");
const diff_1 = require("./diff");
const messages_1 = require("./messages");
const select_1 = require("./select");
const summary_1 = require("./summary");
/** The closing summary line. */
function summaryLine(report) {
    const s = (0, summary_1.summarize)(report);
    const verb = report.command === 'fix' && !report.dryRun ? 'changed' : 'to change';
    const n = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
    return `${n(s.filesScanned, 'file')} scanned, ${s.filesChanged} ${verb}, ${n(s.edits, 'edit')}, ${s.unresolved} unresolved, ${n(s.errors, 'error')}`;
}
function findingLine(f, report, c) {
    const where = `${(0, summary_1.displayPath)(f.path, report.cwd)}:${f.line}:${f.column}`;
    const tag = findings_1.PENDING_KINDS.has(f.kind) ? ((0, findings_1.isEditFinding)(f) ? c.yellow(f.kind) : c.red(f.kind)) : findings_1.AGREEMENT_KINDS.has(f.kind) ? c.yellow(f.kind) : findings_1.WARNING_KINDS.has(f.kind) ? c.dim(f.kind) : f.kind;
    return `${c.bold(where)}: ${tag} ${(0, messages_1.messageOf)(f)}`;
}
function errorLines(report, c) {
    return (0, summary_1.allErrors)(report).map((e) => `${c.red('error')}: ${(0, summary_1.describeError)(e, report.cwd)}`);
}
/** Text output of `check` and `fix`: the reported findings (see `select.ts`), what fix wrote, errors and the summary. */
function renderText(report, c) {
    const lines = (0, select_1.reportedByFile)(report).flatMap(({ findings }) => findings.map((f) => findingLine(f, report, c)));
    if (report.command === 'fix' && !report.dryRun) {
        for (const file of report.changed) {
            const n = file.findings.filter((f) => f.kind === 'fix').length;
            const k = file.findings.filter((f) => f.kind === 'stale-is-output' && (0, findings_1.isEditFinding)(f)).length;
            lines.push(`fixed ${(0, summary_1.displayPath)(file.path, report.cwd)} (${n} ${n === 1 ? 'param' : 'params'}${k ? `, ${k} is_output ${k === 1 ? 'keyword' : 'keywords'} removed` : ''})`);
        }
    }
    lines.push(...errorLines(report, c), summaryLine(report));
    return lines.join('\n') + '\n';
}
/** What goes beside a diff (or the fixed source of stdin): the reported findings but the edits the diff shows, errors and the summary. */
function renderNotes(report, c) {
    const notes = report.result.files.flatMap((file) => (0, select_1.reportedFindings)(report, file).filter((f) => !(0, findings_1.isEditFinding)(f)).map((f) => findingLine(f, report, c)));
    return [...notes, ...errorLines(report, c), summaryLine(report)].join('\n') + '\n';
}
/** `fix --dry-run`: a unified diff of every file that would change. */
function renderDiff(report, c) {
    const diffs = report.changed.map((f) => (0, diff_1.unifiedDiff)((0, summary_1.displayPath)(f.path, report.cwd), f.original.text, f.output, c));
    return { stdout: diffs.join(''), stderr: renderNotes(report, c) };
}
/** `explain`: every entry param with its direction, status and evidence. */
function renderExplain(report, c) {
    const lines = [];
    for (const { file, findings } of (0, select_1.reportedByFile)(report)) {
        if (!findings.length)
            continue;
        lines.push(c.bold((0, summary_1.displayPath)(file.path, report.cwd)));
        for (const f of findings) {
            if (!('param' in f)) {
                lines.push(`  ${f.line}: ${f.kind}: ${(0, messages_1.messageOf)(f)}`);
                continue;
            }
            const status = f.kind === 'fix' ? c.yellow(`${f.from} -> ${f.to}`) : f.kind === 'ok' ? f.direction : f.kind;
            lines.push(`  ${f.line}: ${f.entry}.${f.param}: ${status}  ${c.dim((0, messages_1.messageOf)(f))}`);
            const rule = (0, messages_1.ruleInWords)(f);
            if (rule)
                lines.push(`      rule: ${rule}`);
            if ('evidence' in f) {
                for (const ev of f.evidence) {
                    lines.push(`      ${ev.role} ${(0, summary_1.displayPath)(ev.path, report.cwd)}:${ev.line}: ${ev.text}${ev.says ? `  (${ev.says})` : ''}`);
                }
            }
        }
    }
    lines.push(...errorLines(report, c), summaryLine(report));
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=text.js.map