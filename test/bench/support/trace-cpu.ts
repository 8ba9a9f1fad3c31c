// CPU time a page spends between two performance marks, from a Chromium trace: every thread of
// its renderer process counts (main thread, workers, and the pool threads where V8 collects
// garbage and compiles), so work moved to a worker or a background thread still shows.
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread CPU time of a complete event, in microseconds. */
  tdur?: number;
  args?: { name?: string };
}

/** Enough to see each task and its CPU time, and the page's own marks. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];

export interface CpuTime {
  /** All threads of the page's process, in milliseconds. */
  total: number;
  /** By kind of thread (its name without numbers), largest first. */
  byThread: Array<{ thread: string; ms: number }>;
}

function markTime(events: readonly TraceEvent[], mark: string): TraceEvent {
  const found = events.find((event) => event.name === mark);
  if (!found) throw new Error(`the trace has no mark ${mark}`);
  return found;
}

/** CPU time of the process that made the marks, between them. */
export function cpuTimeBetween(events: readonly TraceEvent[], from: string, to: string): CpuTime {
  const start = markTime(events, from);
  const end = markTime(events, to).ts;
  const threadNames = new Map<number, string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.pid === start.pid) {
      threadNames.set(event.tid, (event.args?.name ?? 'other').replace(/\d+/g, '').trim());
    }
  }
  // Every timed event, outermost first: most work runs inside a task, but not all (a microtask
  // checkpoint after one, for instance, is an event of its own).
  const tasks = events
    .filter(
      (event) =>
        event.pid === start.pid &&
        event.ph === 'X' &&
        event.tdur !== undefined &&
        event.ts >= start.ts &&
        event.ts < end,
    )
    .sort((a, b) => a.tid - b.tid || a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byThread = new Map<string, number>();
  let lastTid = -1;
  let busyUntil = 0;
  for (const task of tasks) {
    // An event inside another is already in the outer one's time.
    if (task.tid === lastTid && task.ts < busyUntil) continue;
    lastTid = task.tid;
    busyUntil = task.ts + (task.dur ?? 0);
    const thread = threadNames.get(task.tid) ?? 'other';
    byThread.set(thread, (byThread.get(thread) ?? 0) + (task.tdur ?? 0) / 1000);
  }
  const threads = [...byThread].map(([thread, ms]) => ({ thread, ms }));
  return {
    total: threads.reduce((sum, { ms }) => sum + ms, 0),
    byThread: threads.sort((a, b) => b.ms - a.ms),
  };
}

/** Runs `action` with the page traced; the trace's events. */
export async function traced(
  browser: Browser,
  page: Page,
  action: () => Promise<void>,
): Promise<TraceEvent[]> {
  await browser.startTracing(page, { categories: CATEGORIES });
  // Tracing stops whatever happens, or the next trace can't start.
  const failed = await action().then(
    () => null,
    (error: unknown) => ({ error }),
  );
  const trace = await browser.stopTracing();
  if (failed) throw failed.error;
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}
