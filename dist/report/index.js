"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FORMATS = void 0;
exports.render = render;
const github_1 = require("./github");
const json_1 = require("./json");
const markdown_1 = require("./markdown");
const sarif_1 = require("./sarif");
const text_1 = require("./text");
/** Output formats every command accepts. */
exports.FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'];
/** Renders a run in a format: what goes to stdout and to stderr. Every format shows the same findings (`select.ts`). */
function render(report, format, c) {
    switch (format) {
        case 'json':
            return { stdout: (0, json_1.renderJson)(report), stderr: '' };
        case 'sarif':
            return { stdout: (0, sarif_1.renderSarif)(report), stderr: '' };
        case 'github':
            return { stdout: (0, github_1.renderGithub)(report), stderr: '' };
        case 'markdown':
            return { stdout: (0, markdown_1.renderMarkdown)(report), stderr: '' };
        case 'text':
            if (report.command === 'explain')
                return { stdout: (0, text_1.renderExplain)(report, c), stderr: '' };
            if (report.command === 'fix' && report.dryRun)
                return (0, text_1.renderDiff)(report, c);
            return { stdout: (0, text_1.renderText)(report, c), stderr: '' };
    }
}
//# sourceMappingURL=index.js.map