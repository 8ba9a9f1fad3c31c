import { AppError, type AppErrorCode } from '../../../../shared/contract/app-error';
import type { Conversation } from '../../../../shared/domain/calls/conversation';
import {
  attemptLost,
  attemptNotPlaced,
  attemptPlaced,
  beginAttempt,
  continueRun,
  currentAttempt,
  followConversation,
  interruptRun,
  isRunActive,
  placeToCall,
  stopRun,
  type TaskRun,
} from '../../../../shared/domain/tasks';
import { elevenLabsErrorToAppError } from '../elevenlabs/error-mapping';
import type { ElevenLabsGateway, OutboundCallRequest } from '../elevenlabs/gateway';
import type { Scheduler } from '../monitor/scheduler';
import { callNotFollowable, notWaiting } from './task-errors';

/** Conversations are looked at this often while a call goes on. */
export const DEFAULT_POLL_INTERVAL_MS = 3000;

/**
 * A look at the conversation may fail for a while (a dropped connection, ElevenLabs busy, a
 * conversation not listed yet right after the call was placed) without the call being lost.
 * This many failures in a row, though, and the run stops and says why.
 */
export const MAX_FAILED_LOOKS = 10;

const PASSING_FAILURES: readonly AppErrorCode[] = [
  'timeout',
  'offline',
  'server_error',
  'rate_limited',
  'not_found',
];

export interface TaskRunnerOptions {
  /** Just started, and already recorded. */
  run: TaskRun;
  /** The request for each of the run's places, in the same order. */
  calls: readonly OutboundCallRequest[];
  gateway: Pick<ElevenLabsGateway, 'placeOutboundCall' | 'getConversation'>;
  scheduler: Pick<Scheduler, 'after'>;
  pollIntervalMs: number;
  now: () => number;
  /** Persists and announces a new state of the run; may throw if it cannot be saved. */
  record(run: TaskRun): void;
  /** Failures that are Callsheet's own, for the diagnostics log. */
  onUnexpectedError(error: unknown): void;
}

/** Places and follows one task's calls, one place at a time, until the run ends. */
export interface TaskRunner {
  current(): TaskRun;
  /**
   * Resolves once the runner waits (for the next look at a call, or for the user) or the run
   * has ended: a call it was placing is placed, a look it was taking is recorded.
   */
  whenIdle(): Promise<TaskRun>;
  /** The user's go to call the next place; refused unless the run waits for it. */
  continue(): Promise<TaskRun>;
  /**
   * Stops calling and following. A call request already sent is waited for, so its
   * conversation is recorded rather than lost; resolves with the stopped run.
   */
  stop(): Promise<TaskRun>;
  /** For quitting: stops like `stop`, and the run says Callsheet was closed. */
  halt(): Promise<void>;
  /** Settles once the run has ended and its last state is recorded. */
  readonly finished: Promise<void>;
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return (
    elevenLabsErrorToAppError(error) ??
    new AppError('internal', 'Something went wrong inside Callsheet, so the task stopped here.')
  );
}

export function startTaskRunner(options: TaskRunnerOptions): TaskRunner {
  const { gateway, scheduler, now } = options;
  let run = options.run;
  let request: 'stop' | 'halt' | null = null;
  let wake: (() => void) | null = null;
  let failedLooks = 0;
  let idle = false;
  let idleWaiters: Array<() => void> = [];

  const becomeIdle = () => {
    idle = true;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const whenIdle = () =>
    new Promise<TaskRun>((resolve) => {
      if (idle) resolve(run);
      else idleWaiters.push(() => resolve(run));
    });

  const record = (next: TaskRun) => {
    // Most looks at a call under way find nothing new; those are not written.
    if (JSON.stringify(next) === JSON.stringify(run)) return;
    run = next;
    options.record(next);
  };

  /**
   * Waits `ms`, or without a limit, until then or until woken by the user. The timer's task
   * lasts until the runner waits again, so a test moving time on sees what the look led to.
   */
  const pause = (ms?: number) =>
    new Promise<void>((resolve) => {
      if (request !== null) return resolve();
      const cancel =
        ms === undefined
          ? undefined
          : scheduler.after(ms, () => {
              wake?.();
              return whenIdle().then(() => undefined);
            });
      wake = () => {
        cancel?.();
        wake = null;
        idle = false;
        resolve();
      };
      becomeIdle();
    });

  const placeNextCall = async () => {
    const call = options.calls[run.attempts.length];
    if (!placeToCall(run) || !call) throw new Error('A running task has no place left to call.');
    record(beginAttempt(run, now()));
    let conversationId: string | null;
    try {
      // Never retried: a second request could ring the place twice.
      ({ conversationId } = await gateway.placeOutboundCall(call));
    } catch (error) {
      record(attemptNotPlaced(run, toAppError(error).toShape(), now()));
      return;
    }
    record(
      conversationId
        ? attemptPlaced(run, conversationId)
        : attemptLost(run, callNotFollowable().toShape(), now()),
    );
  };

  const lookAtCall = async (conversationId: string) => {
    await pause(options.pollIntervalMs);
    if (request !== null) return;
    let conversation: Conversation;
    try {
      conversation = await gateway.getConversation(conversationId);
    } catch (error) {
      const failure = toAppError(error);
      failedLooks += 1;
      if (PASSING_FAILURES.includes(failure.code) && failedLooks < MAX_FAILED_LOOKS) return;
      record(attemptLost(run, failure.toShape(), now()));
      return;
    }
    failedLooks = 0;
    record(followConversation(run, conversation, now()));
  };

  const step = async () => {
    if (run.state === 'awaiting_confirmation') return pause();
    const attempt = currentAttempt(run);
    if (attempt?.outcome === null && attempt.conversationId !== null) {
      return lookAtCall(attempt.conversationId);
    }
    return placeNextCall();
  };

  const drive = async () => {
    try {
      while (isRunActive(run) && request === null) await step();
      if (request === 'stop') record(stopRun(run, now()));
      if (request === 'halt') record(interruptRun(run, now()));
    } catch (error) {
      options.onUnexpectedError(error);
      // Whatever was recorded before stays; the run must not look as if it were still going.
      const failure = toAppError(error).toShape();
      run = { ...run, state: 'error', error: failure, endedAt: now() };
      try {
        options.record(run);
      } catch (again) {
        options.onUnexpectedError(again);
      }
    } finally {
      becomeIdle();
    }
  };

  const finished = drive();

  const end = async (how: 'stop' | 'halt') => {
    request ??= how;
    wake?.();
    await finished;
  };

  return {
    current: () => run,
    whenIdle,
    continue() {
      if (run.state !== 'awaiting_confirmation' || request !== null) throw notWaiting();
      record(continueRun(run));
      wake?.();
      return whenIdle();
    },
    async stop() {
      await end('stop');
      return run;
    },
    halt: () => end('halt'),
    finished,
  };
}
