import { describe, expect, it } from 'vitest';
import {
  attemptNotPlaced,
  attemptPlaced,
  beginAttempt,
  continueRun,
  followConversation,
  INTERRUPTED_NOTE,
  interruptRun,
  isRunActive,
  placeToCall,
  startRun,
  STOPPED_MID_CALL_NOTE,
  stopRun,
  successfulAttempt,
  type AdvanceMode,
  type TaskRun,
} from '../../../shared/domain/tasks';
import { conversation } from './task-fixtures';

const PLACES = [
  { id: 'p1', name: 'Salon Bella', phoneNumber: '+48600700800' },
  { id: 'p2', name: 'Salon Anna', phoneNumber: '+48601702803' },
];

function newRun(advance: AdvanceMode = 'automatic'): TaskRun {
  return startRun({
    id: 'run_1',
    now: 1000,
    advance,
    agent: { id: 'agent_errand', name: 'Errands' },
    phoneNumber: { id: 'phnum_1', label: 'Office', number: '+48221234567' },
    places: PLACES,
  });
}

/** A run whose current call to the next place is placed and under way. */
function calling(run: TaskRun, conversationId: string): TaskRun {
  return attemptPlaced(beginAttempt(run, 2000), conversationId);
}

const ended = (changes: Parameters<typeof conversation>[0]) =>
  conversation({ status: 'done', durationSeconds: 42, ...changes });

describe('a run', () => {
  it('calls the first place, then follows the call as it goes', () => {
    const run = newRun();
    expect(placeToCall(run)).toEqual(PLACES[0]);
    const placing = beginAttempt(run, 2000);
    expect(placing.attempts).toEqual([
      expect.objectContaining({ placeId: 'p1', status: 'placing', conversationId: null }),
    ]);
    expect(placeToCall(placing)).toBeUndefined();

    const placed = attemptPlaced(placing, 'conv_1');
    const followed = followConversation(placed, conversation(), 3000);
    expect(followed.state).toBe('running');
    expect(followed.attempts[0]).toMatchObject({
      conversationId: 'conv_1',
      status: 'in-progress',
      outcome: null,
      transcript: [{ role: 'agent', message: 'Dzień dobry', atSeconds: 0 }],
      endedAt: null,
    });
    expect(placeToCall(followed)).toBeUndefined();
  });

  it('stops with the outcome when a place succeeds', () => {
    const run = followConversation(
      calling(newRun(), 'conv_1'),
      ended({
        callSuccessful: 'success',
        summary: 'Booked for 18:00.',
        dataCollection: { booked_appointment: 'true' },
      }),
      5000,
    );
    expect(run).toMatchObject({ state: 'succeeded', endedAt: 5000 });
    expect(isRunActive(run)).toBe(false);
    expect(successfulAttempt(run)).toMatchObject({
      placeName: 'Salon Bella',
      outcome: 'success',
      summary: 'Booked for 18:00.',
      dataCollection: { booked_appointment: 'true' },
      durationSeconds: 42,
      endedAt: 5000,
    });
  });

  it('moves on after a call that did not succeed, or waits for the user in confirm mode', () => {
    const declined = ended({ callSuccessful: 'failure', summary: 'No free slots.' });
    const automatic = followConversation(calling(newRun(), 'conv_1'), declined, 5000);
    expect(automatic.state).toBe('running');
    expect(placeToCall(automatic)).toEqual(PLACES[1]);

    const confirm = followConversation(calling(newRun('confirm'), 'conv_1'), declined, 5000);
    expect(confirm.state).toBe('awaiting_confirmation');
    expect(isRunActive(confirm)).toBe(true);
    expect(placeToCall(confirm)).toBeUndefined();
    expect(placeToCall(continueRun(confirm))).toEqual(PLACES[1]);
  });

  it('counts a call that never connected, or an unclear one, as not succeeded', () => {
    const noAnswer = followConversation(
      calling(newRun(), 'conv_1'),
      conversation({ status: 'failed', callSuccessful: 'unknown', transcript: [] }),
      5000,
    );
    expect(noAnswer.attempts[0]).toMatchObject({ status: 'failed', outcome: 'failure' });

    const unclear = followConversation(
      calling(noAnswer, 'conv_2'),
      ended({ callSuccessful: null }),
      6000,
    );
    expect(unclear.attempts[1]?.outcome).toBe('unknown');
    expect(unclear).toMatchObject({ state: 'exhausted', endedAt: 6000 });
  });

  it('stops with the plain reason when ElevenLabs refuses a call, keeping earlier attempts', () => {
    const first = followConversation(
      calling(newRun(), 'conv_1'),
      ended({ callSuccessful: 'failure', summary: 'No free slots.' }),
      5000,
    );
    const error = { code: 'rate_limited' as const, message: 'Try again in 3 seconds.' };
    const refused = attemptNotPlaced(beginAttempt(first, 6000), error, 6500);
    expect(refused).toMatchObject({ state: 'error', error, endedAt: 6500 });
    expect(refused.attempts).toEqual([
      expect.objectContaining({ outcome: 'failure', summary: 'No free slots.' }),
      expect.objectContaining({
        placeId: 'p2',
        status: 'not_placed',
        outcome: 'error',
        errorMessage: 'Try again in 3 seconds.',
      }),
    ]);
  });

  it('can be stopped at any time; a call under way is left unjudged, with a note', () => {
    const midCall = stopRun(calling(newRun(), 'conv_1'), 4000);
    expect(midCall).toMatchObject({ state: 'stopped', note: STOPPED_MID_CALL_NOTE, endedAt: 4000 });
    expect(midCall.attempts[0]).toMatchObject({ conversationId: 'conv_1', outcome: null });

    const waiting = followConversation(
      calling(newRun('confirm'), 'conv_1'),
      ended({ callSuccessful: 'failure' }),
      5000,
    );
    expect(stopRun(waiting, 6000)).toMatchObject({ state: 'stopped', note: null });
    expect(stopRun(stopRun(waiting, 6000), 7000).endedAt).toBe(6000);
  });

  it('shows a run cut off by quitting as stopped, with a note, and leaves ended runs alone', () => {
    const cut = interruptRun(calling(newRun(), 'conv_1'), 9000);
    expect(cut).toMatchObject({ state: 'stopped', note: INTERRUPTED_NOTE, endedAt: 9000 });
    const done = followConversation(
      calling(newRun(), 'conv_1'),
      ended({ callSuccessful: 'success' }),
      5000,
    );
    expect(interruptRun(done, 9000)).toBe(done);
  });

  it('ends at once when it was given no places', () => {
    const empty = startRun({ ...newRun(), now: 1, places: [] });
    expect(empty).toMatchObject({ state: 'exhausted', endedAt: 1 });
    expect(placeToCall(empty)).toBeUndefined();
  });
});
