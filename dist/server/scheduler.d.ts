/**
 * Runs analyses one at a time, each a while after the last change to its
 * scope (debounced), and aborts a running analysis as soon as its scope
 * changes again: a superseded result is never published, and typing is
 * never held up by a slow run.
 */
export declare class Scheduler {
    private readonly run;
    private readonly onError;
    /** Scopes changed recently, waiting for their debounce. */
    private readonly waiting;
    /** Scopes due for a run, in order. */
    private readonly due;
    private running?;
    private loop?;
    private stopped;
    constructor(run: (key: string, signal: AbortSignal) => Promise<void>, onError: (key: string, error: unknown) => void);
    /** Asks for a run of `key` after `delayMs` without further changes to it. */
    schedule(key: string, delayMs: number): void;
    /** Aborts everything and accepts no more work (shutdown). */
    stop(): void;
    private kick;
    private drain;
}
