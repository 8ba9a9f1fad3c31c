import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTERRUPTED_NOTE, STOPPED_MID_CALL_NOTE, startRun } from '../../../shared/domain/tasks';
import {
  callsEnd,
  callsTo,
  errorOf,
  NOTES,
  NUMBERS,
  SALONS,
  saveTask,
  scriptSalons,
  sentVariables,
  startTaskApp,
  taskUpdates,
  valueOf,
  type TaskApp,
} from './task-app';

let taskApp: TaskApp;

beforeEach(async () => {
  taskApp = await startTaskApp();
  scriptSalons(taskApp.app);
});

afterEach(async () => {
  await taskApp.app.close();
});

describe('running a task', () => {
  it('calls the places in turn until one succeeds: two calls, then the booking', async () => {
    const { app } = taskApp;
    const task = await saveTask(app);

    const started = valueOf(await app.call('runTask', { taskId: task.id }));
    expect(started).toMatchObject({
      state: 'running',
      places: [
        { id: 'bella', name: 'Salon Bella', phoneNumber: NUMBERS.bella },
        { id: 'anna', name: 'Studio Anna', phoneNumber: NUMBERS.anna },
        { id: 'kasia', name: 'Fryzjer Kasia', phoneNumber: NUMBERS.kasia },
      ],
      attempts: [{ placeId: 'bella', status: 'initiated', outcome: null }],
    });
    const firstCall = started.attempts[0]?.conversationId ?? '';
    expect(await sentVariables(app, firstCall)).toMatchObject({
      _notes_for_agent_: NOTES,
      _place_name_: 'Salon Bella',
    });

    await callsEnd(taskApp);
    const afterFirst = valueOf(await app.call('getTask', { id: task.id })).runs[0];
    expect(afterFirst?.attempts).toEqual([
      expect.objectContaining({
        placeId: 'bella',
        conversationId: firstCall,
        status: 'done',
        outcome: 'failure',
        summary: 'Salon Bella has no free slots tomorrow evening.',
      }),
      expect.objectContaining({ placeId: 'anna', status: 'initiated', outcome: null }),
    ]);
    expect(await sentVariables(app, afterFirst?.attempts[1]?.conversationId ?? '')).toMatchObject({
      _notes_for_agent_: NOTES,
      _place_name_: 'Studio Anna',
    });

    await callsEnd(taskApp);
    const run = valueOf(await app.call('getTask', { id: task.id })).runs[0];
    expect(run).toMatchObject({ state: 'succeeded', error: null, note: null });
    expect(run?.attempts).toHaveLength(2);
    expect(run?.attempts[1]).toMatchObject({
      placeName: 'Studio Anna',
      outcome: 'success',
      summary: 'Booked a haircut at Studio Anna tomorrow at 18:00 for Ms Nowak.',
      dataCollection: { booked_appointment: 'true', preferred_time: 'jutro 18:00' },
    });
    expect(run?.attempts.every((attempt) => attempt.transcript.length > 0)).toBe(true);
    expect([callsTo(app, NUMBERS.bella), callsTo(app, NUMBERS.anna)]).toEqual([1, 1]);
    expect(callsTo(app, NUMBERS.kasia)).toBe(0);

    // Nothing more happens once it has succeeded.
    await callsEnd(taskApp);
    expect(callsTo(app, NUMBERS.kasia)).toBe(0);

    // The renderer followed it live, and its last word is what is on disk.
    const updates = taskUpdates(app, task.id);
    expect(updates.at(-1)?.run).toEqual(run);
    expect(new Set(updates.map((update) => update.run.state))).toEqual(
      new Set(['running', 'succeeded']),
    );
    expect(valueOf(await app.call('listTasks', {})).tasks[0]).toMatchObject({
      id: task.id,
      lastRun: { state: 'succeeded', calls: 2, succeededAt: 'Studio Anna' },
    });
  });

  it('in confirm mode, waits for the user before calling the next place', async () => {
    const { app } = taskApp;
    const task = await saveTask(app, { advance: 'confirm' });
    valueOf(await app.call('runTask', { taskId: task.id }));
    await callsEnd(taskApp);
    const waiting = valueOf(await app.call('getTask', { id: task.id })).runs[0];
    expect(waiting).toMatchObject({ state: 'awaiting_confirmation' });
    expect(waiting?.attempts).toHaveLength(1);

    // However long it waits, it does not go on by itself.
    await callsEnd(taskApp);
    await taskApp.scheduler.advance(60_000);
    expect(callsTo(app, NUMBERS.anna)).toBe(0);

    const continued = valueOf(await app.call('continueTask', { taskId: task.id }));
    expect(continued).toMatchObject({
      state: 'running',
      attempts: [{ outcome: 'failure' }, { placeId: 'anna', status: 'initiated' }],
    });
    expect(callsTo(app, NUMBERS.anna)).toBe(1);
    expect(errorOf(await app.call('continueTask', { taskId: task.id }))).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/not waiting for you/),
    });

    await callsEnd(taskApp);
    const run = valueOf(await app.call('getTask', { id: task.id })).runs[0];
    expect(run).toMatchObject({ state: 'succeeded' });
    expect(callsTo(app, NUMBERS.kasia)).toBe(0);
  });

  it('can be stopped during a call; the call is kept and nothing more is placed', async () => {
    const { app } = taskApp;
    const task = await saveTask(app);
    const started = valueOf(await app.call('runTask', { taskId: task.id }));
    app.live.clock.advance(8);

    const stopped = valueOf(await app.call('stopTask', { taskId: task.id }));
    expect(stopped).toMatchObject({
      state: 'stopped',
      note: STOPPED_MID_CALL_NOTE,
      attempts: [
        { conversationId: started.attempts[0]?.conversationId, outcome: null, endedAt: null },
      ],
    });
    expect(stopped.endedAt).not.toBeNull();

    await callsEnd(taskApp);
    await callsEnd(taskApp);
    expect(callsTo(app, NUMBERS.anna)).toBe(0);
    expect(valueOf(await app.call('getTask', { id: task.id })).runs).toEqual([stopped]);
    // Stopping again just says how it ended.
    expect(valueOf(await app.call('stopTask', { taskId: task.id }))).toEqual(stopped);
  });

  it('refuses to run twice at once, or to be deleted while running', async () => {
    const { app } = taskApp;
    const task = await saveTask(app);
    const [first, second] = await Promise.all([
      app.call('runTask', { taskId: task.id }),
      app.call('runTask', { taskId: task.id }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(errorOf(first.ok ? second : first).message).toBe('This task is already running.');
    expect(errorOf(await app.call('deleteTask', { id: task.id }))).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/Stop it first/),
    });
    expect(callsTo(app, NUMBERS.bella)).toBe(1);
  });

  it('refuses to start, with the reason, when a place cannot be called', async () => {
    const { app } = taskApp;
    const task = await saveTask(app, {
      places: [SALONS.bella, { ...SALONS.anna, phone_number: '600 100' }],
    });
    expect(errorOf(await app.call('runTask', { taskId: task.id }))).toMatchObject({
      code: 'validation',
      message: 'Place 2 (Studio Anna): “600 100” is not a valid phone number for Poland.',
    });
    expect(valueOf(await app.call('getTask', { id: task.id })).runs).toEqual([]);
    expect(callsTo(app, NUMBERS.bella)).toBe(0);
  });
});

describe('errors from the call endpoints', () => {
  const faults = [
    {
      kind: 'rate_limited',
      retryAfterSeconds: 30,
      expected: {
        code: 'rate_limited',
        message:
          'Your workspace is already making as many calls at once as its plan allows. Try again in 30 seconds.',
      },
    },
    {
      kind: 'terms_not_accepted',
      expected: { code: 'terms_not_accepted', message: expect.stringMatching(/Terms/) },
    },
    {
      kind: 'validation',
      field: 'to_number',
      message: 'Invalid phone number',
      expected: {
        code: 'validation',
        message: 'ElevenLabs rejected the request. “to_number”: Invalid phone number',
      },
    },
  ] as const;

  for (const { expected, ...fault } of faults) {
    it(`stop the task with the plain message (${fault.kind}), keeping what was recorded`, async () => {
      const { app } = taskApp;
      const task = await saveTask(app);
      valueOf(await app.call('runTask', { taskId: task.id }));
      app.live.faults.inject({ ...fault, path: '/v1/convai/twilio/outbound-call', count: 1 });
      await callsEnd(taskApp);

      const run = valueOf(await app.call('getTask', { id: task.id })).runs[0];
      expect(run).toMatchObject({ state: 'error', error: expected });
      expect(run?.attempts).toEqual([
        expect.objectContaining({
          placeId: 'bella',
          outcome: 'failure',
          summary: 'Salon Bella has no free slots tomorrow evening.',
          transcript: expect.arrayContaining([expect.objectContaining({ role: 'agent' })]),
        }),
        expect.objectContaining({
          placeId: 'anna',
          status: 'not_placed',
          outcome: 'error',
          conversationId: null,
          errorMessage: expected.message,
        }),
      ]);
      expect(taskUpdates(app, task.id).at(-1)?.run).toEqual(run);

      // Nothing is retried by itself; the user runs the task again when ready.
      await callsEnd(taskApp);
      expect(callsTo(app, NUMBERS.anna)).toBe(0);
    });
  }

  it('end the run at once when the first call is refused', async () => {
    const { app } = taskApp;
    const task = await saveTask(app);
    app.live.faults.inject({
      kind: 'terms_not_accepted',
      path: '/v1/convai/twilio/outbound-call',
      count: 1,
    });
    const run = valueOf(await app.call('runTask', { taskId: task.id }));
    expect(run).toMatchObject({
      state: 'error',
      error: { code: 'terms_not_accepted' },
      attempts: [{ placeId: 'bella', status: 'not_placed', outcome: 'error' }],
    });
    // A new run starts over from the first place.
    const again = valueOf(await app.call('runTask', { taskId: task.id }));
    expect(again).toMatchObject({ state: 'running', attempts: [{ placeId: 'bella' }] });
    expect(valueOf(await app.call('getTask', { id: task.id })).runs).toHaveLength(2);
  });
});

describe('the history of a task', () => {
  it('survives a restart, every attempt with its transcript and summary', async () => {
    const { app } = taskApp;
    const task = await saveTask(app);
    valueOf(await app.call('runTask', { taskId: task.id }));
    await callsEnd(taskApp);
    await callsEnd(taskApp);
    const before = valueOf(await app.call('getTask', { id: task.id }));
    expect(before.runs[0]?.state).toBe('succeeded');

    await app.restart();
    app.live.faults.inject({ kind: 'drop' });
    // Read from disk with ElevenLabs out of reach.
    expect(valueOf(await app.call('getTask', { id: task.id }))).toEqual(before);
  });

  it('shows a run cut off by quitting as stopped, with a note, and does not resume it', async () => {
    const { app } = taskApp;
    const task = await saveTask(app);
    valueOf(await app.call('runTask', { taskId: task.id }));

    await app.restart();
    const run = valueOf(await app.call('getTask', { id: task.id })).runs[0];
    expect(run).toMatchObject({
      state: 'stopped',
      note: INTERRUPTED_NOTE,
      attempts: [{ placeId: 'bella', conversationId: expect.any(String), outcome: null }],
    });
    await callsEnd(taskApp);
    await callsEnd(taskApp);
    expect(callsTo(app, NUMBERS.anna)).toBe(0);
    expect(valueOf(await app.call('getTask', { id: task.id })).runs[0]).toEqual(run);
  });

  it('shows a run cut off by a crash as stopped too', async () => {
    const { app } = taskApp;
    const task = await saveTask(app);
    // What a crash leaves: a run recorded as going, with no runner left to follow it.
    const going = startRun({
      id: 'run-before-the-crash',
      now: 1000,
      advance: 'automatic',
      agent: { id: 'agent', name: 'Salon' },
      phoneNumber: { id: 'phnum', label: 'Salon', number: '+48223076512' },
      places: [{ id: 'bella', name: 'Salon Bella', phoneNumber: NUMBERS.bella }],
    });
    app.services.tasks.recordRun(task.id, going);

    await app.restart();
    expect(valueOf(await app.call('getTask', { id: task.id })).runs).toEqual([
      { ...going, state: 'stopped', note: INTERRUPTED_NOTE, endedAt: expect.any(Number) },
    ]);
    // It can be deleted now that nothing runs it.
    expect((await app.call('deleteTask', { id: task.id })).ok).toBe(true);
  });
});
