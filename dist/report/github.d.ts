import { RunReport } from './summary';
/** Escapes the message of a workflow command (`%`, CR, LF), per GitHub's toolkit. */
export declare function escapeData(s: string): string;
/** Escapes a property value of a workflow command: the message escapes plus `:` and `,`. */
export declare function escapeProperty(s: string): string;
/**
 * GitHub Actions workflow commands for a run, so findings show as
 * annotations on the pull request: one per reported finding (the set every
 * format shows, `select.ts`) at its level (`levelOf`): `::error` for pending
 * work, `::warning` for the other findings `check` shows, `::notice` for
 * warnings of `-v`, suppressed params and explanations; `::error`
 * for each file or path that could not be processed, then the plain summary
 * line of the text format.
 */
export declare function renderGithub(report: RunReport): string;
