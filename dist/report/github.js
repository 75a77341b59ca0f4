"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeData = escapeData;
exports.escapeProperty = escapeProperty;
exports.renderGithub = renderGithub;
const messages_1 = require("./messages");
const select_1 = require("./select");
const summary_1 = require("./summary");
const text_1 = require("./text");
/** Escapes the message of a workflow command (`%`, CR, LF), per GitHub's toolkit. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value of a workflow command: the message escapes plus `:` and `,`. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, props, message) {
    const given = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${given.length ? ' ' + given.join(',') : ''}::${escapeData(message)}`;
}
/** The line and column a parse error names in its detail (`:LINE:COL: ...`), if any. */
function errorPosition(e) {
    const m = /^:(\d+):(\d+):/.exec(e.detail);
    return m ? { line: Number(m[1]), col: Number(m[2]) } : {};
}
/** GitHub's word for a level (`levelOf`, the table SARIF uses too): it has no `note` nor `none`. */
const ANNOTATION = { error: 'error', warning: 'warning', note: 'notice', none: 'notice' };
/**
 * GitHub Actions workflow commands for a run, so findings show as
 * annotations on the pull request: one per reported finding (the set every
 * format shows, `select.ts`) at its level (`levelOf`): `::error` for pending
 * work, `::warning` for the other findings `check` shows, `::notice` for
 * warnings of `-v`, suppressed params and explanations; `::error`
 * for each file or path that could not be processed, then the plain summary
 * line of the text format.
 */
function renderGithub(report) {
    const lines = [];
    for (const { findings } of (0, select_1.reportedByFile)(report)) {
        for (const f of findings) {
            const name = ANNOTATION[(0, select_1.levelOf)(f, !!report.strict)];
            const props = [
                ['file', (0, summary_1.displayPath)(f.path, report.cwd)],
                ['line', f.line],
                ['col', f.column],
                ['title', `pypto-direction ${f.kind}`],
            ];
            lines.push(command(name, props, (0, messages_1.messageOf)(f) + (0, text_1.fixTag)(f)));
        }
    }
    for (const e of (0, summary_1.allErrors)(report)) {
        const at = errorPosition(e);
        const props = [
            ['file', e.file && (0, summary_1.displayPath)(e.file, report.cwd)],
            ['line', e.file ? at.line : undefined],
            ['col', e.file ? at.col : undefined],
            ['title', `pypto-direction ${e.code}`],
        ];
        lines.push(command('error', props, (0, summary_1.describeError)(e, report.cwd)));
    }
    lines.push((0, text_1.summaryLine)(report));
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=github.js.map