import type { TFunction } from 'i18next';
import {
  currentAttempt,
  successfulAttempt,
  type AttemptOutcome,
  type AttemptStatus,
  type TaskIssue,
  type TaskRun,
  type TaskRunState,
  type TaskRunSummary,
} from '../../../../shared/domain/tasks';
import type { RecipientIssue } from '../../../../shared/domain/recipients';
import type { StatusTone } from '../monitor/monitor-format';

// How runs and calls are worded and coloured, in the list, the run view and the history.

export const RUN_STATE_TONES: Readonly<Record<TaskRunState, StatusTone>> = {
  running: 'active',
  awaiting_confirmation: 'warning',
  succeeded: 'done',
  exhausted: 'stopped',
  stopped: 'stopped',
  error: 'problem',
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

export const OUTCOME_TONES: Readonly<Record<AttemptOutcome, StatusTone>> = {
  success: 'done',
  failure: 'stopped',
  unknown: 'warning',
  error: 'problem',
};

/** The last run in one line for the list: "Done at Studio Anna · 2 calls". */
export function describeLastRun(run: TaskRunSummary, t: TFunction<'tasks'>): string {
  const calls = t('calls', { count: run.calls });
  if (run.state === 'succeeded' && run.succeededAt) {
    return `${t('run.doneAt', { place: run.succeededAt })} · ${calls}`;
  }
  if (run.state === 'running') return t('run.runningNow', { count: run.calls });
  return `${t(`runState.${run.state}`)} · ${calls}`;
}

/** "Place 2 (Salon Bella)", as the UI names a place in a problem. */
function placeLabel(place: { index: number; name: string }, t: TFunction<'tasks'>): string {
  const position = place.index + 1;
  return place.name === ''
    ? t('issues.place', { position })
    : t('issues.namedPlace', { position, name: place.name });
}

/**
 * What keeps a task from running, in the UI language; `phone` words a number's problem as the
 * recipients' words do (see useIssueWords).
 */
export function describeIssue(
  issue: TaskIssue,
  t: TFunction<'tasks'>,
  phone: (problem: RecipientIssue) => string,
): string {
  const place = issue.place ? placeLabel(issue.place, t) : t('issues.aPlace');
  switch (issue.field) {
    case 'agent':
      return t('issues.agent');
    case 'phoneNumber':
      return t('issues.phoneNumber');
    case 'places':
      return t('issues.places');
    case 'name':
      return t('issues.name', { place });
    case 'phone_number':
      return issue.phone
        ? t('issues.phone', { place, problem: phone(issue.phone) })
        : issue.message;
    case 'variables':
      return t('issues.variables', { place, variables: (issue.variables ?? []).join(', ') });
  }
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
export function describeProgress(run: TaskRun, t: TFunction<'tasks'>): string {
  const attempt = currentAttempt(run);
  if (!attempt) return t('progress.starting');
  if (run.state === 'awaiting_confirmation') {
    const next = run.places[run.attempts.length];
    const failed = t('progress.notSucceeded', { place: attempt.placeName });
    return next ? `${failed} ${t('progress.next', { place: next.name })}` : failed;
  }
  if (attempt.outcome !== null) return t('progress.movingOn');
  const where = {
    place: attempt.placeName,
    position: run.attempts.length,
    total: run.places.length,
  };
  switch (attempt.status) {
    case 'in-progress':
      return t('progress.inConversation', where);
    case 'processing':
      return t('progress.processing', where);
    default:
      return t('progress.calling', where);
  }
}
