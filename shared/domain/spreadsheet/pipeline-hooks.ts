// The import runs as plain async functions so a Web Worker, a benchmark and tests can all call
// it. The caller decides how it is watched (progress), stopped (signal) and how often it lets
// other work run (yieldToEventLoop: in a worker that is what lets a "cancel" message arrive).

export interface StageProgress {
  /** 0 to 1 within the stage. */
  fraction: number;
  /** Rows handled so far. */
  rows: number;
}

export interface PipelineHooks {
  signal?: AbortSignal;
  onProgress?: (progress: StageProgress) => void;
  yieldToEventLoop?: () => Promise<void>;
}

/**
 * Lets queued messages and timers run, then continues. A MessageChannel round trip is used
 * rather than setTimeout(0), which browsers stretch to 4 ms once calls nest.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
