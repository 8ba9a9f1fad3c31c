import type { Scheduler } from '../../../../electron/main/services/monitor/scheduler';

interface Timer {
  at: number;
  order: number;
  task: () => void | Promise<void>;
}

/** Time that moves only when a test says so; each timer's task is awaited before the next. */
export class FakeScheduler implements Scheduler {
  private time: number;
  private timers: Timer[] = [];
  private created = 0;

  constructor(startMs = Date.UTC(2026, 4, 4, 9, 0, 0)) {
    this.time = startMs;
  }

  now(): number {
    return this.time;
  }

  after(delayMs: number, task: () => void | Promise<void>): () => void {
    const timer: Timer = { at: this.time + Math.max(0, delayMs), order: (this.created += 1), task };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((other) => other !== timer);
    };
  }

  /** Moves time on by `ms`, running (and waiting for) every timer that falls due, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      const due = this.timers
        .filter((timer) => timer.at <= target)
        .sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = Math.max(this.time, due.at);
      await due.task();
    }
    this.time = target;
  }

  /** How long until the next timer fires; null when none is set. */
  nextIn(): number | null {
    if (this.timers.length === 0) return null;
    return Math.min(...this.timers.map((timer) => timer.at)) - this.time;
  }
}
