"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tierOf = tierOf;
exports.tierOfFinding = tierOfFinding;
exports.levelOf = levelOf;
exports.shownKind = shownKind;
exports.showsWarnings = showsWarnings;
exports.written = written;
exports.reportedFindings = reportedFindings;
exports.reportedByFile = reportedByFile;
const findings_1 = require("../decide/findings");
/** The tier of a kind (see {@link Tier}). */
function tierOf(kind) {
    if (findings_1.PENDING_KINDS.has(kind) || findings_1.AGREEMENT_KINDS.has(kind) || findings_1.LOUD_WARNING_KINDS.has(kind))
        return 'pending';
    if (findings_1.WARNING_KINDS.has(kind))
        return 'warning';
    if (kind === 'suppressed')
        return 'suppressed';
    return 'explanation';
}
/** The tier of a finding: its kind's, but pending whenever it has a fix (applied or not), whatever its kind. */
function tierOfFinding(f) {
    // a fix, or a spec-list finding the tree's runner rejects (a spec-name where it checks names), is pending work
    return f.applicability || (0, findings_1.isPending)(f) ? 'pending' : tierOf(f.kind);
}
/**
 * The level of a reported finding: `error` for pending work (what makes the
 * exit code 1; with `--strict` the agreement findings too), `warning` for the
 * other findings `check` shows (agreement findings, loud warnings), `note` for
 * the report-only warnings (`-v`) and suppressed params, `none` for what only
 * explains (a param's direction and evidence, a harness call's era).
 */
function levelOf(f, strict = false) {
    if ((0, findings_1.isPending)(f, strict))
        return 'error';
    const tier = tierOfFinding(f);
    return tier === 'pending' ? 'warning' : tier === 'explanation' ? 'none' : 'note';
}
/**
 * The one rule every reporter follows: which kinds a command shows, whatever
 * the format. `check` and `fix` show pending work, agreement findings and the
 * loud warnings; `-v` adds the report-only warnings; `explain` shows
 * everything; the server shows what `check -v` shows plus suppressed params.
 */
function shownKind(reporter, verbose, kind, tier = tierOf(kind)) {
    switch (reporter) {
        case 'explain':
            return true;
        case 'server':
            return tier !== 'explanation';
        default:
            return tier === 'pending' || (verbose && tier === 'warning');
    }
}
/**
 * Whether a reporter shows the report-only warnings. When it does not, the
 * analysis skips work that feeds only them (the spec-era golden
 * cross-check, `golden-disagrees`): `AnalyzeOptions.warnings`.
 */
function showsWarnings(reporter, verbose) {
    return shownKind(reporter, verbose, 'golden-disagrees');
}
/** Whether `fix` wrote the edit of this finding in this run: done, no longer reported. */
function written(report, file, f) {
    return (0, findings_1.isEditFinding)(f) && report.command === 'fix' && !report.dryRun && report.changed.some((c) => (c === file || c.path === file.path) && c.findings.includes(f));
}
/**
 * The findings of a file that a run reports, in every format: a function of
 * the command and its flags only (`-v`, and `explain`'s FILE:LINE and
 * `--param` targets). Every reporter reads this; none filters on its own.
 */
function reportedFindings(report, file) {
    return file.findings.filter((f) => shownKind(report.command, report.verbose, f.kind, tierOfFinding(f)) && (!report.only || report.only(f)) && !written(report, file, f));
}
/** Every reported finding of a run with its file, in file order. */
function reportedByFile(report) {
    return report.result.files.map((file) => ({ file, findings: reportedFindings(report, file) }));
}
//# sourceMappingURL=select.js.map