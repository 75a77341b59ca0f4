/**
 * Runs analyses one at a time, each a while after the last change to its
 * scope (debounced), and aborts a running analysis as soon as its scope
 * changes again: a superseded result is never published, and typing is
 * never held up by a slow run.
 */
export class Scheduler {
  /** Scopes changed recently, waiting for their debounce. */
  private readonly waiting = new Map<string, NodeJS.Timeout>();
  /** Scopes due for a run, in order. */
  private readonly due = new Set<string>();
  private running?: { key: string; controller: AbortController };
  private loop?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly run: (key: string, signal: AbortSignal) => Promise<void>,
    private readonly onError: (key: string, error: unknown) => void,
  ) {}

  /** Asks for a run of `key` after `delayMs` without further changes to it. */
  schedule(key: string, delayMs: number): void {
    if (this.stopped) return;
    if (this.running?.key === key) this.running.controller.abort();
    this.due.delete(key);
    clearTimeout(this.waiting.get(key));
    this.waiting.set(
      key,
      setTimeout(() => {
        this.waiting.delete(key);
        this.due.add(key);
        this.kick();
      }, delayMs),
    );
  }

  /** Aborts everything and accepts no more work (shutdown). */
  stop(): void {
    this.stopped = true;
    for (const t of this.waiting.values()) clearTimeout(t);
    this.waiting.clear();
    this.due.clear();
    this.running?.controller.abort();
  }

  private kick(): void {
    this.loop ??= this.drain().finally(() => {
      this.loop = undefined;
      if (this.due.size) this.kick();
    });
  }

  private async drain(): Promise<void> {
    while (!this.stopped && this.due.size) {
      const key = this.due.values().next().value as string;
      this.due.delete(key);
      const controller = new AbortController();
      this.running = { key, controller };
      try {
        await this.run(key, controller.signal);
      } catch (e) {
        if (!controller.signal.aborted) this.onError(key, e);
      } finally {
        this.running = undefined;
      }
    }
  }
}
