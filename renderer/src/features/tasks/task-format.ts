import {
  currentAttempt,
  successfulAttempt,
  type AttemptOutcome,
  type AttemptStatus,
  type TaskRun,
  type TaskRunState,
  type TaskRunSummary,
} from '../../../../shared/domain/tasks';
import type { StatusTone } from '../monitor/monitor-format';

// How runs and calls are worded and coloured, in the list, the run view and the history.

export const RUN_STATE_LABELS: Readonly<Record<TaskRunState, string>> = {
  running: 'Running',
  awaiting_confirmation: 'Waiting for you',
  succeeded: 'Done',
  exhausted: 'No place could help',
  stopped: 'Stopped',
  error: 'Stopped with a problem',
};

export const RUN_STATE_TONES: Readonly<Record<TaskRunState, StatusTone>> = {
  running: 'active',
  awaiting_confirmation: 'warning',
  succeeded: 'done',
  exhausted: 'stopped',
  stopped: 'stopped',
  error: 'problem',
};

/** Where one call got to, in the words of someone watching it. */
export const ATTEMPT_STATUS_LABELS: Readonly<Record<AttemptStatus, string>> = {
  placing: 'Calling',
  not_placed: 'Not placed',
  initiated: 'Calling',
  'in-progress': 'In conversation',
  processing: 'Call ended, reading the result',
  done: 'Done',
  failed: 'Failed',
};

export const ATTEMPT_STATUS_TONES: Readonly<Record<AttemptStatus, StatusTone>> = {
  placing: 'active',
  not_placed: 'problem',
  initiated: 'active',
  'in-progress': 'active',
  processing: 'active',
  // Neutral: whether the call helped is the outcome's to say, in colour.
  done: 'stopped',
  failed: 'problem',
};

export const OUTCOME_LABELS: Readonly<Record<AttemptOutcome, string>> = {
  success: 'Could help',
  failure: 'Could not help',
  unknown: 'Unclear',
  error: 'Problem',
};

export const OUTCOME_TONES: Readonly<Record<AttemptOutcome, StatusTone>> = {
  success: 'done',
  failure: 'stopped',
  unknown: 'warning',
  error: 'problem',
};

export function calls(count: number): string {
  return `${count} ${count === 1 ? 'call' : 'calls'}`;
}

/** The last run in one line for the list: "Done at Studio Anna · 2 calls". */
export function describeLastRun(run: TaskRunSummary): string {
  if (run.state === 'succeeded' && run.succeededAt) {
    return `Done at ${run.succeededAt} · ${calls(run.calls)}`;
  }
  if (run.state === 'running') return `Running now · ${calls(run.calls)} so far`;
  return `${RUN_STATE_LABELS[run.state]} · ${calls(run.calls)}`;
}

/** What the list keeps of a run, worked out from the run itself as it changes live. */
export function summarizeRun(run: TaskRun): TaskRunSummary {
  return {
    state: run.state,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    calls: run.attempts.length,
    succeededAt: successfulAttempt(run)?.placeName ?? null,
  };
}

/** What a run under way is doing: "In conversation with Studio Anna (place 2 of 3)". */
export function describeProgress(run: TaskRun): string {
  const attempt = currentAttempt(run);
  if (!attempt) return 'Starting…';
  if (run.state === 'awaiting_confirmation') {
    const next = run.places[run.attempts.length];
    return `The call to ${attempt.placeName} did not succeed.${next ? ` Next is ${next.name}.` : ''}`;
  }
  const where = `${attempt.placeName} (place ${run.attempts.length} of ${run.places.length})`;
  if (attempt.outcome !== null) return 'Moving on to the next place…';
  switch (attempt.status) {
    case 'in-progress':
      return `In conversation with ${where}`;
    case 'processing':
      return `The call to ${where} ended; reading what came of it`;
    default:
      return `Calling ${where}`;
  }
}
