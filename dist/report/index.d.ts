import type { Palette } from './diff';
import type { RunReport } from './summary';
/** Output formats every command accepts. */
export declare const FORMATS: readonly ["text", "json", "sarif", "github", "markdown"];
export type Format = (typeof FORMATS)[number];
/**
 * Renders a run in a format: what goes to stdout and to stderr. Every format
 * shows the same findings (`select.ts`). Each format's module is loaded when
 * it is asked for: a run renders one.
 */
export declare function render(report: RunReport, format: Format, c: Palette): {
    stdout: string;
    stderr: string;
};
