import type { Palette } from './diff';
import type { RunReport } from './summary';

/** Output formats every command accepts. */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Renders a run in a format: what goes to stdout and to stderr. Every format
 * shows the same findings (`select.ts`). Each format's module is loaded when
 * it is asked for: a run renders one.
 */
export function render(report: RunReport, format: Format, c: Palette): { stdout: string; stderr: string } {
  switch (format) {
    case 'json':
      return { stdout: (require('./json') as typeof import('./json')).renderJson(report), stderr: '' };
    case 'sarif':
      return { stdout: (require('./sarif') as typeof import('./sarif')).renderSarif(report), stderr: '' };
    case 'github':
      return { stdout: (require('./github') as typeof import('./github')).renderGithub(report), stderr: '' };
    case 'markdown':
      return { stdout: (require('./markdown') as typeof import('./markdown')).renderMarkdown(report), stderr: '' };
    case 'text': {
      const { renderDiff, renderExplain, renderText } = require('./text') as typeof import('./text');
      if (report.command === 'explain') return { stdout: renderExplain(report, c), stderr: '' };
      if (report.command === 'fix' && report.dryRun) return renderDiff(report, c);
      return { stdout: renderText(report, c), stderr: '' };
    }
  }
}
