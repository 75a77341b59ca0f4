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

/**
 * Whether a command's output shows report-only findings (warnings): text
 * `check`/`fix` only with -v; `explain` always; json, sarif and github
 * print every finding. When not, the analysis skips work that feeds only
 * warnings (see `AnalyzeOptions.warnings`).
 */
export function showsWarnings(command: RunReport['command'], format: Format, verbose: boolean): boolean {
  return verbose || command === 'explain' || format === 'json' || format === 'sarif' || format === 'github';
}

/** Renders a run in a format: what goes to stdout and to stderr. */
export function render(report: RunReport, format: Format, c: Palette, verbose: boolean): { stdout: string; stderr: string } {
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
      return { stdout: renderText(report, c, verbose), stderr: '' };
  }
}
