import type { Palette } from '../report/diff';
import type { CliIO } from './main';
/** A reviewer's decision on one edit: yes, no, all remaining, quit. */
export type Answer = 'y' | 'n' | 'a' | 'q';
/** Asks for decisions; `close` must run on every path out of the review (it restores the terminal). */
export interface Answerer {
    answer(question: string): Promise<Answer>;
    close(): void;
}
/**
 * Single keypresses when the CLI has a terminal (`io.keys`), otherwise one
 * answer line each (`io.ask`: piped input, scripts). End of input is `q`.
 */
export declare function answerer(io: CliIO, c: Palette): Answerer;
