"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderMarkdown = renderMarkdown;
const findings_1 = require("../decide/findings");
const messages_1 = require("./messages");
const select_1 = require("./select");
const summary_1 = require("./summary");
const text_1 = require("./text");
/** A table cell: `|` escaped and line breaks flattened, so the row stays one row. */
function cell(s) {
    return s === undefined || s === '' ? '' : String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Inline code, with a longer fence when the text itself holds a backtick. */
function code(s) {
    return s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}
/** The fix findings that are (or would be) written, counted by direction: `3 params: 2 \`pl.InOut\`, 1 \`pl.Out\``. */
function directionCounts(report) {
    const counts = new Map();
    for (const file of report.changed)
        for (const f of file.findings)
            if (f.kind === 'fix' && (0, findings_1.isEditFinding)(f))
                counts.set(f.to, (counts.get(f.to) ?? 0) + 1);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (!total)
        return undefined;
    const parts = ['InOut', 'Out'].filter((d) => counts.get(d)).map((d) => `${counts.get(d)} \`pl.${d}\``);
    return `${total} ${total === 1 ? 'param' : 'params'}: ${parts.join(', ')}`;
}
function status(f) {
    // which kind of fix it has, and whether this run applies it
    const fix = f.applicability ? ` (${f.withheld ? 'unsafe fix, needs --unsafe-fixes' : `${f.applicability} fix`})` : '';
    return (f.kind === 'unresolved' ? `unresolved (${f.reason})` : f.kind) + fix;
}
function row(f, report) {
    // the spec that decides, rather than the host call that passes it on
    const ev = 'evidence' in f ? (f.evidence.find((e) => e.role === 'spec') ?? f.evidence[0]) : undefined;
    const cells = [
        f.line,
        'entry' in f ? code(f.entry) : undefined,
        'param' in f ? code(f.param) : undefined,
        'from' in f ? f.from : 'direction' in f ? f.direction : undefined,
        'to' in f ? f.to : 'direction' in f ? f.direction : undefined,
        status(f),
        ev && `${code(`${(0, summary_1.displayPath)(ev.path, report.cwd)}:${ev.line}`)} ${code(ev.text)}`,
    ];
    return `| ${cells.map(cell).join(' | ')} |`;
}
/**
 * A Markdown summary of a run for a pull-request comment or a job summary:
 * the params to change counted by direction, the summary counts, a table of
 * the reported findings per file (the set every format shows, `select.ts`)
 * with the message of each that is not an edit, and a line
 * naming the files that could not be processed.
 */
function renderMarkdown(report) {
    const out = ['## pypto-direction', ''];
    const counts = directionCounts(report);
    if (counts)
        out.push(counts, '');
    out.push((0, text_1.summaryLine)(report), '');
    for (const { file, findings } of (0, select_1.reportedByFile)(report)) {
        if (!findings.length)
            continue;
        out.push(`### ${(0, summary_1.displayPath)(file.path, report.cwd)}`, '');
        out.push('| line | entry | param | from | to | status | evidence |', '| ---: | --- | --- | --- | --- | --- | --- |');
        out.push(...findings.map((f) => row(f, report)), '');
        // what a row's status does not say: why it is unresolved, what the warning is about
        const notes = findings.filter((f) => !(0, findings_1.isEditFinding)(f));
        if (notes.length)
            out.push('Notes:', '', ...notes.map((f) => `- line ${f.line}: ${(0, messages_1.messageOf)(f)}`), '');
    }
    const errors = (0, summary_1.allErrors)(report);
    if (errors.length)
        out.push(`**${errors.length} ${errors.length === 1 ? 'error' : 'errors'}:** ${errors.map((e) => code((0, summary_1.describeError)(e, report.cwd))).join('; ')}`, '');
    return out.join('\n').replace(/\n+$/, '\n');
}
//# sourceMappingURL=markdown.js.map