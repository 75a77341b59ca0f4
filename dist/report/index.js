"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FORMATS = void 0;
exports.render = render;
/** Output formats every command accepts. */
exports.FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'];
/**
 * Renders a run in a format: what goes to stdout and to stderr. Every format
 * shows the same findings (`select.ts`). Each format's module is loaded when
 * it is asked for: a run renders one.
 */
function render(report, format, c) {
    switch (format) {
        case 'json':
            return { stdout: require('./json').renderJson(report), stderr: '' };
        case 'sarif':
            return { stdout: require('./sarif').renderSarif(report), stderr: '' };
        case 'github':
            return { stdout: require('./github').renderGithub(report), stderr: '' };
        case 'markdown':
            return { stdout: require('./markdown').renderMarkdown(report), stderr: '' };
        case 'text': {
            const { renderDiff, renderExplain, renderText } = require('./text');
            if (report.command === 'explain')
                return { stdout: renderExplain(report, c), stderr: '' };
            if (report.command === 'fix' && report.dryRun)
                return renderDiff(report, c);
            return { stdout: renderText(report, c), stderr: '' };
        }
    }
}
//# sourceMappingURL=index.js.map