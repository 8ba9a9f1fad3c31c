/**
 * Time and timers for the batch monitor, passed in so tests can run hours of polling in
 * milliseconds and so nothing is left ticking after dispose.
 */
export interface Scheduler {
  now(): number;
  /**
   * Runs `task` once after `delayMs`; the returned function cancels it. A task may return a
   * promise, which a test scheduler can wait for.
   */
  after(delayMs: number, task: () => void | Promise<void>): () => void;
}

export const systemScheduler: Scheduler = {
  now: Date.now,
  after(delayMs, task) {
    const timer = setTimeout(() => void task(), delayMs);
    // Polling must never be what keeps a closing app (or a test run) alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};
