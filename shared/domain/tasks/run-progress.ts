import type { AppErrorShape } from '../../contract/app-error';
import { isConversationOver, type Conversation } from '../calls/conversation';
import type {
  AdvanceMode,
  AttemptOutcome,
  RunPlace,
  TaskAttempt,
  TaskRun,
  TaskRunState,
} from './task-run';

// How a run moves on, one pure step at a time. The runner in main performs the calls and
// records every step these return, so what is on disk is always a state listed here.

export const INTERRUPTED_NOTE =
  'Callsheet was closed while this task was running, so it stopped following it here. A call ' +
  'under way may still have finished: its conversation is in your ElevenLabs history. Run the ' +
  'task again to start over from the first place.';

export const STOPPED_MID_CALL_NOTE =
  'You stopped the task during a call. Callsheet stopped following it, but the call itself may ' +
  'have gone on: its conversation is in your ElevenLabs history.';

const ACTIVE: readonly TaskRunState[] = ['running', 'awaiting_confirmation'];

/** Whether the run may still place or follow calls. */
export function isRunActive(run: Pick<TaskRun, 'state'>): boolean {
  return ACTIVE.includes(run.state);
}

export interface NewRun {
  id: string;
  now: number;
  advance: AdvanceMode;
  agent: TaskRun['agent'];
  phoneNumber: TaskRun['phoneNumber'];
  places: RunPlace[];
}

/** A run with no place to call has nothing to do: it ends as soon as it starts. */
export function startRun(input: NewRun): TaskRun {
  const nothingToCall = input.places.length === 0;
  return {
    id: input.id,
    state: nothingToCall ? 'exhausted' : 'running',
    advance: input.advance,
    agent: input.agent,
    phoneNumber: input.phoneNumber,
    places: input.places,
    attempts: [],
    error: null,
    note: null,
    startedAt: input.now,
    endedAt: nothingToCall ? input.now : null,
  };
}

/** The latest attempt, if the run has made one. */
export function currentAttempt(run: TaskRun): TaskAttempt | undefined {
  return run.attempts[run.attempts.length - 1];
}

/** Whether the latest call is placed or followed still; then the run must not place another. */
function attemptUnderWay(run: TaskRun): boolean {
  const attempt = currentAttempt(run);
  return attempt !== undefined && attempt.outcome === null;
}

/** The place to call now: none while a call is under way, the run waits or has ended. */
export function placeToCall(run: TaskRun): RunPlace | undefined {
  if (run.state !== 'running' || attemptUnderWay(run)) return undefined;
  return run.places[run.attempts.length];
}

function withCurrentAttempt(run: TaskRun, change: Partial<TaskAttempt>): TaskRun {
  const attempt = currentAttempt(run);
  if (!attempt) return run;
  return { ...run, attempts: [...run.attempts.slice(0, -1), { ...attempt, ...change }] };
}

/** The call to the next place is about to be requested. */
export function beginAttempt(run: TaskRun, now: number): TaskRun {
  const place = placeToCall(run);
  if (!place) return run;
  const attempt: TaskAttempt = {
    placeId: place.id,
    placeName: place.name,
    phoneNumber: place.phoneNumber,
    conversationId: null,
    status: 'placing',
    outcome: null,
    summary: null,
    transcript: [],
    dataCollection: {},
    durationSeconds: null,
    errorMessage: null,
    startedAt: now,
    endedAt: null,
  };
  return { ...run, attempts: [...run.attempts, attempt] };
}

export function attemptPlaced(run: TaskRun, conversationId: string): TaskRun {
  return withCurrentAttempt(run, { conversationId, status: 'initiated' });
}

/** ElevenLabs refused the call (wrong endpoint, 422, 429, 403…): the run stops with why. */
export function attemptNotPlaced(run: TaskRun, error: AppErrorShape, now: number): TaskRun {
  const failed = withCurrentAttempt(run, {
    status: 'not_placed',
    outcome: 'error',
    errorMessage: error.message,
    endedAt: now,
  });
  return { ...failed, state: 'error', error, endedAt: now };
}

/** The call is placed but can no longer be followed; the run stops rather than guess. */
export function attemptLost(run: TaskRun, error: AppErrorShape, now: number): TaskRun {
  const lost = withCurrentAttempt(run, {
    outcome: 'error',
    errorMessage: error.message,
    endedAt: now,
  });
  return { ...lost, state: 'error', error, endedAt: now };
}

/** A call that never connected failed; one that did is judged by the analysis. */
function conversationOutcome(conversation: Conversation): AttemptOutcome {
  if (conversation.status === 'failed') return 'failure';
  return conversation.callSuccessful ?? 'unknown';
}

/** After a call that did not succeed: the next place, the user's go, or the end of the list. */
function afterUnsuccessfulCall(run: TaskRun, now: number): TaskRun {
  if (run.attempts.length >= run.places.length) return { ...run, state: 'exhausted', endedAt: now };
  return run.advance === 'confirm' ? { ...run, state: 'awaiting_confirmation' } : run;
}

/**
 * What the latest look at the conversation shows. Once it is over the attempt gets its outcome
 * and the run moves on: it succeeds, waits for the user, goes to the next place or runs out.
 */
export function followConversation(run: TaskRun, conversation: Conversation, now: number): TaskRun {
  const over = isConversationOver(conversation.status);
  const outcome = over ? conversationOutcome(conversation) : null;
  const followed = withCurrentAttempt(run, {
    status: conversation.status,
    transcript: conversation.transcript,
    summary: conversation.summary,
    dataCollection: conversation.dataCollection,
    durationSeconds: conversation.durationSeconds,
    outcome,
    endedAt: over ? now : null,
  });
  if (outcome === null) return followed;
  if (outcome === 'success') return { ...followed, state: 'succeeded', endedAt: now };
  return afterUnsuccessfulCall(followed, now);
}

/** The user said to go on to the next place. */
export function continueRun(run: TaskRun): TaskRun {
  return run.state === 'awaiting_confirmation' ? { ...run, state: 'running' } : run;
}

/** The user stopped the run. What was recorded stays; a call under way is no longer followed. */
export function stopRun(run: TaskRun, now: number): TaskRun {
  if (!isRunActive(run)) return run;
  return {
    ...run,
    state: 'stopped',
    note: attemptUnderWay(run) ? STOPPED_MID_CALL_NOTE : null,
    endedAt: now,
  };
}

/** A run found going when Callsheet starts was cut off by a quit or crash: shown as stopped. */
export function interruptRun(run: TaskRun, now: number): TaskRun {
  if (!isRunActive(run)) return run;
  return { ...run, state: 'stopped', note: INTERRUPTED_NOTE, endedAt: now };
}

/** The place that said yes, if the run succeeded. */
export function successfulAttempt(run: TaskRun): TaskAttempt | undefined {
  return run.state === 'succeeded' ? currentAttempt(run) : undefined;
}
