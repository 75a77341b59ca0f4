/** Colours for terminal output; identity functions when colour is off. */
export interface Palette {
    red(s: string): string;
    green(s: string): string;
    cyan(s: string): string;
    bold(s: string): string;
    yellow(s: string): string;
    dim(s: string): string;
}
/** A palette with ANSI colours, or a plain one. */
export declare function palette(color: boolean): Palette;
/**
 * A unified diff of two texts (lines aligned with Myers' algorithm, three
 * lines of context, removed lines before added ones within a change).
 */
export declare function unifiedDiff(path: string, before: string, after: string, colors: Palette): string;
