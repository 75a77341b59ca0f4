"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Scheduler = void 0;
/**
 * Runs analyses one at a time, each a while after the last change to its
 * scope (debounced), and aborts a running analysis as soon as its scope
 * changes again: a superseded result is never published, and typing is
 * never held up by a slow run.
 */
class Scheduler {
    run;
    onError;
    /** Scopes changed recently, waiting for their debounce. */
    waiting = new Map();
    /** Scopes due for a run, in order. */
    due = new Set();
    running;
    loop;
    stopped = false;
    constructor(run, onError) {
        this.run = run;
        this.onError = onError;
    }
    /** Asks for a run of `key` after `delayMs` without further changes to it. */
    schedule(key, delayMs) {
        if (this.stopped)
            return;
        if (this.running?.key === key)
            this.running.controller.abort();
        this.due.delete(key);
        clearTimeout(this.waiting.get(key));
        this.waiting.set(key, setTimeout(() => {
            this.waiting.delete(key);
            this.due.add(key);
            this.kick();
        }, delayMs));
    }
    /** Aborts everything and accepts no more work (shutdown). */
    stop() {
        this.stopped = true;
        for (const t of this.waiting.values())
            clearTimeout(t);
        this.waiting.clear();
        this.due.clear();
        this.running?.controller.abort();
    }
    kick() {
        this.loop ??= this.drain().finally(() => {
            this.loop = undefined;
            if (this.due.size)
                this.kick();
        });
    }
    async drain() {
        while (!this.stopped && this.due.size) {
            const key = this.due.values().next().value;
            this.due.delete(key);
            const controller = new AbortController();
            this.running = { key, controller };
            try {
                await this.run(key, controller.signal);
            }
            catch (e) {
                if (!controller.signal.aborted)
                    this.onError(key, e);
            }
            finally {
                this.running = undefined;
            }
        }
    }
}
exports.Scheduler = Scheduler;
//# sourceMappingURL=scheduler.js.map