import { describe, expect, it } from 'vitest';
import type { OutboundCallRequest } from '../../../electron/main/services/elevenlabs/gateway';
import {
  DEFAULT_POLL_INTERVAL_MS,
  MAX_FAILED_LOOKS,
  startTaskRunner,
  type TaskRunnerOptions,
} from '../../../electron/main/services/tasks/task-runner';
import { AppError } from '../../../shared/contract/app-error';
import type { Conversation } from '../../../shared/domain/calls/conversation';
import { startRun, type TaskRun } from '../../../shared/domain/tasks';
import { conversation } from '../../unit/tasks/task-fixtures';
import { FakeScheduler } from '../monitor/support/fake-scheduler';

// The runner against a scripted gateway, for what the sandbox cannot easily stage.

const PLACES = [
  { id: 'p1', name: 'Salon Bella', phoneNumber: '+48600100201' },
  { id: 'p2', name: 'Studio Anna', phoneNumber: '+48600100202' },
];

const CALLS: OutboundCallRequest[] = PLACES.map((place) => ({
  provider: 'twilio',
  agentId: 'agent',
  phoneNumberId: 'phnum',
  toNumber: place.phoneNumber,
  clientData: { dynamicVariables: { _place_name_: place.name } },
}));

type Look = Conversation | Error;

function setUp(looks: Look[], placed: Array<() => Promise<{ conversationId: string | null }>>) {
  const scheduler = new FakeScheduler();
  const recorded: TaskRun[] = [];
  const reported: unknown[] = [];
  const dialled: string[] = [];
  const options: TaskRunnerOptions = {
    run: startRun({
      id: 'run',
      now: 0,
      advance: 'automatic',
      agent: { id: 'agent', name: 'Salon' },
      phoneNumber: { id: 'phnum', label: 'Salon', number: '+48223076512' },
      places: PLACES,
    }),
    calls: CALLS,
    gateway: {
      placeOutboundCall: (request) => {
        dialled.push(request.toNumber);
        const next = placed.shift();
        return next ? next() : Promise.reject(new Error('no more calls scripted'));
      },
      getConversation: async () => {
        const next = looks.shift();
        if (!next) throw new Error('no more looks scripted');
        if (next instanceof Error) throw next;
        return next;
      },
    },
    scheduler,
    pollIntervalMs: DEFAULT_POLL_INTERVAL_MS,
    now: () => scheduler.now(),
    record: (run) => void recorded.push(run),
    onUnexpectedError: (error) => void reported.push(error),
  };
  return { scheduler, recorded, reported, dialled, options };
}

const placedAs = (conversationId: string) => async () => ({ conversationId });
const offline = () => new AppError('offline', 'The connection to ElevenLabs broke off.');

describe('the task runner', () => {
  it('keeps following a call through a few failed looks', async () => {
    const { scheduler, options } = setUp(
      [
        offline(),
        offline(),
        conversation({ status: 'done', callSuccessful: 'success', summary: 'Booked.' }),
      ],
      [placedAs('conv_1')],
    );
    const runner = startTaskRunner(options);
    await runner.whenIdle();
    await scheduler.advance(3 * DEFAULT_POLL_INTERVAL_MS);
    expect(runner.current()).toMatchObject({
      state: 'succeeded',
      attempts: [{ outcome: 'success', summary: 'Booked.' }],
    });
  });

  it('gives up on a call it cannot look at, saying why', async () => {
    const { scheduler, options } = setUp(Array.from({ length: MAX_FAILED_LOOKS }, offline), [
      placedAs('conv_1'),
    ]);
    const runner = startTaskRunner(options);
    await runner.whenIdle();
    await scheduler.advance(MAX_FAILED_LOOKS * DEFAULT_POLL_INTERVAL_MS);
    expect(runner.current()).toMatchObject({
      state: 'error',
      error: { code: 'offline' },
      attempts: [{ conversationId: 'conv_1', outcome: 'error' }],
    });
  });

  it('stops at once on a failure that will not pass', async () => {
    const { scheduler, options } = setUp(
      [new AppError('invalid_api_key', 'ElevenLabs did not accept the API key.')],
      [placedAs('conv_1')],
    );
    const runner = startTaskRunner(options);
    await runner.whenIdle();
    await scheduler.advance(DEFAULT_POLL_INTERVAL_MS);
    expect(runner.current()).toMatchObject({ state: 'error', error: { code: 'invalid_api_key' } });
  });

  it('when stopped while a call is being placed, waits for it and keeps its conversation', async () => {
    let answer: (value: { conversationId: string }) => void = () => undefined;
    const { options, dialled } = setUp([], [() => new Promise((resolve) => (answer = resolve))]);
    const runner = startTaskRunner(options);
    const stopping = runner.stop();
    answer({ conversationId: 'conv_late' });
    expect(await stopping).toMatchObject({
      state: 'stopped',
      attempts: [{ conversationId: 'conv_late', status: 'initiated', outcome: null }],
    });
    expect(dialled).toEqual(['+48600100201']);
  });

  it('ends in error, keeping what it recorded, when a step fails unexpectedly', async () => {
    const { scheduler, options, recorded, reported } = setUp(
      [conversation({ status: 'done', callSuccessful: 'failure' })],
      [placedAs('conv_1')],
    );
    const keep = options.record;
    let writes = 0;
    const runner = startTaskRunner({
      ...options,
      record: (run) => {
        writes += 1;
        // The disk refuses the write after the first call ended.
        if (writes === 3) throw new AppError('internal', 'Callsheet could not save this task.');
        keep(run);
      },
    });
    await runner.whenIdle();
    await scheduler.advance(DEFAULT_POLL_INTERVAL_MS);
    expect(reported).toHaveLength(1);
    expect(runner.current()).toMatchObject({
      state: 'error',
      error: { message: 'Callsheet could not save this task.' },
    });
    expect(recorded.at(-1)).toEqual(runner.current());
    expect(recorded[1]?.attempts[0]).toMatchObject({ conversationId: 'conv_1' });
  });
});
