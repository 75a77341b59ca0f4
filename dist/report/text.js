"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summaryLine = summaryLine;
exports.fixTag = fixTag;
exports.hiddenFixesNote = hiddenFixesNote;
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
/** Which kind of fix a finding has, as shown after it: `[safe fix]`, `[unsafe fix]`, or the unsafe one left unapplied. */
function fixTag(f) {
    if (!f.applicability)
        return '';
    return f.withheld ? ' [unsafe fix: needs --unsafe-fixes]' : ` [${f.applicability} fix]`;
}
/** The note on unsafe fixes this run left unapplied (ruff's hidden fixes), or undefined. */
function hiddenFixesNote(report) {
    const n = (0, summary_1.summarize)(report).hiddenFixes;
    if (!n)
        return undefined;
    return `${n} hidden ${n === 1 ? 'fix' : 'fixes'} can be enabled with --unsafe-fixes (${n === 1 ? 'it changes' : 'they change'} what the golden test compares or uploads)`;
}
function findingLine(f, report, c) {
    const where = `${(0, summary_1.displayPath)(f.path, report.cwd)}:${f.line}:${f.column}`;
    const tag = (0, findings_1.isPending)(f) ? ((0, findings_1.isEditFinding)(f) ? c.yellow(f.kind) : c.red(f.kind)) : findings_1.AGREEMENT_KINDS.has(f.kind) ? c.yellow(f.kind) : findings_1.WARNING_KINDS.has(f.kind) ? c.dim(f.kind) : f.kind;
    return `${c.bold(where)}: ${tag} ${(0, messages_1.messageOf)(f)}${fixTag(f)}`;
}
function errorLines(report, c) {
    return (0, summary_1.allErrors)(report).map((e) => `${c.red('error')}: ${(0, summary_1.describeError)(e, report.cwd)}`);
}
/** Text output of `check` and `fix`: the reported findings (see `select.ts`), what fix wrote, errors and the summary. */
function renderText(report, c) {
    const lines = (0, select_1.reportedByFile)(report).flatMap(({ findings }) => findings.map((f) => findingLine(f, report, c)));
    if (report.command === 'fix' && !report.dryRun) {
        for (const file of report.changed)
            lines.push(`fixed ${(0, summary_1.displayPath)(file.path, report.cwd)} (${fixedParts(file.findings)})`);
    }
    const hidden = hiddenFixesNote(report);
    if (hidden)
        lines.push(hidden);
    lines.push(...errorLines(report, c), summaryLine(report));
    return lines.join('\n') + '\n';
}
/** What a written file got: `2 params, 1 is_output keyword removed, ...`. */
function fixedParts(findings) {
    const count = (p) => findings.filter((f) => (0, findings_1.isEditFinding)(f) && p(f)).length;
    const n = count((f) => f.kind === 'fix');
    const parts = [`${n} ${n === 1 ? 'param' : 'params'}`];
    const more = [
        [count((f) => f.kind === 'stale-is-output'), 'is_output keyword removed', 'is_output keywords removed'],
        [count((f) => f.kind === 'legacy-harness' && f.site === 'call'), 'harness call converted', 'harness calls converted'],
        [count((f) => f.kind === 'inline-wrapper'), 'inline wrapper removed', 'inline wrappers removed'],
    ];
    for (const [k, one, many] of more)
        if (k)
            parts.push(`${k} ${k === 1 ? one : many}`);
    return parts.join(', ');
}
/** What goes beside a diff (or the fixed source of stdin): the reported findings but the edits the diff shows, errors and the summary. */
function renderNotes(report, c) {
    const notes = report.result.files.flatMap((file) => (0, select_1.reportedFindings)(report, file).filter((f) => !(0, findings_1.isEditFinding)(f)).map((f) => findingLine(f, report, c)));
    const hidden = hiddenFixesNote(report);
    return [...notes, ...(hidden ? [hidden] : []), ...errorLines(report, c), summaryLine(report)].join('\n') + '\n';
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
                lines.push(`  ${f.line}: ${f.kind}: ${(0, messages_1.messageOf)(f)}${fixTag(f)}`);
                continue;
            }
            const status = f.kind === 'fix' ? c.yellow(`${f.from} -> ${f.to}`) : f.kind === 'ok' ? f.direction : f.kind;
            lines.push(`  ${f.line}: ${f.entry}.${f.param}: ${status}  ${c.dim((0, messages_1.messageOf)(f))}${fixTag(f)}`);
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