import type { Palette } from './diff';
import { renderGithub } from './github';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderSarif } from './sarif';
import type { RunReport } from './summary';
import { renderDiff, renderExplain, renderText } from './text';

/** Output formats every command accepts. */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** Renders a run in a format: what goes to stdout and to stderr. Every format shows the same findings (`select.ts`). */
export function render(report: RunReport, format: Format, c: Palette): { stdout: string; stderr: string } {
  switch (format) {
    case 'json':
      return { stdout: renderJson(report), stderr: '' };
    case 'sarif':
      return { stdout: renderSarif(report), stderr: '' };
    case 'github':
      return { stdout: renderGithub(report), stderr: '' };
    case 'markdown':
      return { stdout: renderMarkdown(report), stderr: '' };
    case 'text':
      if (report.command === 'explain') return { stdout: renderExplain(report, c), stderr: '' };
      if (report.command === 'fix' && report.dryRun) return renderDiff(report, c);
      return { stdout: renderText(report, c), stderr: '' };
  }
}
