export interface SandboxClockOptions {
  /**
   * Sandbox seconds per real second. 1 (default) is real time, as "Try the sandbox" needs;
   * 0 freezes time so a test moves it only with advance(); 60 runs a minute per second.
   */
  timeScale?: number;
  /** Where sandbox time starts, in ms since the epoch; default: now. */
  startAtMs?: number;
  /** Where real time comes from; tests of the clock itself replace it. */
  realNow?: () => number;
}

export interface ClockState {
  nowMs: number;
  nowUnix: number;
  timeScale: number;
}

export const MAX_TIME_SCALE = 10_000;

export class InvalidClockSettingError extends Error {}

function checkTimeScale(timeScale: number): number {
  if (!Number.isFinite(timeScale) || timeScale < 0 || timeScale > MAX_TIME_SCALE) {
    throw new InvalidClockSettingError(
      `timeScale must be a number from 0 to ${MAX_TIME_SCALE}, got ${timeScale}`,
    );
  }
  return timeScale;
}

/**
 * The one clock everything in the sandbox that progresses over time reads: batches waiting
 * for their start, calls ringing and ending, conversations being analysed. It runs at a
 * chosen speed from real time and can be pushed forward, never back, so that nothing a test
 * has seen happen can un-happen.
 */
export class SandboxClock {
  private readonly realNow: () => number;
  private readonly initialTimeScale: number;
  private anchorReal: number;
  private anchorSandbox: number;
  private scale: number;
  private readonly listeners = new Set<() => void>();

  constructor(options: SandboxClockOptions = {}) {
    this.realNow = options.realNow ?? Date.now;
    this.initialTimeScale = checkTimeScale(options.timeScale ?? 1);
    this.scale = this.initialTimeScale;
    this.anchorReal = this.realNow();
    this.anchorSandbox = options.startAtMs ?? this.anchorReal;
  }

  /** Sandbox time in ms since the epoch. */
  now(): number {
    return Math.floor(this.anchorSandbox + (this.realNow() - this.anchorReal) * this.scale);
  }

  /** Sandbox time in whole seconds since the epoch, as the API reports times. */
  nowUnix(): number {
    return Math.floor(this.now() / 1000);
  }

  get timeScale(): number {
    return this.scale;
  }

  /** Moves sandbox time forward; whatever was due by then has happened once this returns. */
  advance(seconds: number): ClockState {
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new InvalidClockSettingError(`seconds must be a non-negative number, got ${seconds}`);
    }
    this.reanchor();
    this.anchorSandbox += Math.round(seconds * 1000);
    this.notify();
    return this.state();
  }

  setTimeScale(timeScale: number): ClockState {
    const checked = checkTimeScale(timeScale);
    this.reanchor();
    this.scale = checked;
    this.notify();
    return this.state();
  }

  /** Back to the speed it was started with; time itself keeps its place. */
  reset(): void {
    this.reanchor();
    this.scale = this.initialTimeScale;
  }

  state(): ClockState {
    const nowMs = this.now();
    return { nowMs, nowUnix: Math.floor(nowMs / 1000), timeScale: this.scale };
  }

  /** Called after every advance or change of speed. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private reanchor(): void {
    const real = this.realNow();
    this.anchorSandbox = Math.floor(this.anchorSandbox + (real - this.anchorReal) * this.scale);
    this.anchorReal = real;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
