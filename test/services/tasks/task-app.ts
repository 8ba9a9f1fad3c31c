import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';
import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
} from '../../../electron/main/services/sandbox';
import { DEFAULT_POLL_INTERVAL_MS } from '../../../electron/main/services/tasks/task-runner';
import type { Envelope, EventPayload } from '../../../shared/contract';
import type { CallTask, TaskContent, TaskPlace } from '../../../shared/domain/tasks';
import { FakeScheduler } from '../monitor/support/fake-scheduler';
import { startConnectedHarness, type AppHarness } from '../support/app-harness';

export interface TaskApp {
  app: AppHarness;
  /** When running tasks look at their calls again; moves only when a test says so. */
  scheduler: FakeScheduler;
}

/** The app connected to the stand-in ElevenLabs, with sandbox time and task timers frozen. */
export async function startTaskApp(): Promise<TaskApp> {
  const scheduler = new FakeScheduler();
  const app = await startConnectedHarness({ scheduler });
  return { app, scheduler };
}

export function valueOf<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

export function errorOf<T>(envelope: Envelope<T>) {
  if (envelope.ok) throw new Error(`expected a failure, got ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

/** Three salons in Warsaw, tried in this order. */
export const SALONS = {
  bella: { id: 'bella', name: 'Salon Bella', phone_number: '600 100 201', variables: {} },
  anna: { id: 'anna', name: 'Studio Anna', phone_number: '600 100 202', variables: {} },
  kasia: { id: 'kasia', name: 'Fryzjer Kasia', phone_number: '+48 600 100 203', variables: {} },
} satisfies Record<string, TaskPlace>;

export const NUMBERS = { bella: '+48600100201', anna: '+48600100202', kasia: '+48600100203' };

export const NOTES = 'Umów strzyżenie damskie na jutro na 18:00, na nazwisko Nowak.';

export function taskContent(changes: Partial<TaskContent> = {}): TaskContent {
  return {
    name: 'Haircut tomorrow',
    notes: NOTES,
    agent: { id: SANDBOX_AGENT_IDS.salonBookingPl, name: 'Salon Bella' },
    phoneNumber: { id: SANDBOX_PHONE_NUMBER_IDS.twilioPl, label: 'Salon', number: '+48223076512' },
    defaultCountry: 'PL',
    places: [SALONS.bella, SALONS.anna, SALONS.kasia],
    advance: 'automatic',
    bindings: {},
    ...changes,
  };
}

/** Creates a task and saves `content` into it. */
export async function saveTask(
  app: AppHarness,
  changes: Partial<TaskContent> = {},
): Promise<CallTask> {
  const created = valueOf(await app.call('createTask', {}));
  valueOf(
    await app.call('saveTask', {
      id: created.id,
      baseRevision: created.revision,
      content: taskContent(changes),
    }),
  );
  return valueOf(await app.call('getTask', { id: created.id }));
}

/** The first salon has nothing free, the second books the visit, the third would too. */
export function scriptSalons(app: AppHarness): void {
  app.live.script.outcome(NUMBERS.bella, {
    status: 'completed',
    callSuccessful: 'failure',
    summary: 'Salon Bella has no free slots tomorrow evening.',
  });
  app.live.script.outcome(NUMBERS.anna, {
    status: 'completed',
    callSuccessful: 'success',
    summary: 'Booked a haircut at Studio Anna tomorrow at 18:00 for Ms Nowak.',
    dataCollection: { booked_appointment: true, preferred_time: 'jutro 18:00' },
  });
  app.live.script.outcome(NUMBERS.kasia, { status: 'completed', callSuccessful: 'success' });
}

/** How many calls ElevenLabs got for a number. */
export function callsTo(app: AppHarness, phoneNumber: string): number {
  return app.live.script.list().find((entry) => entry.phoneNumber === phoneNumber)?.hits ?? 0;
}

/** Lets the calls under way end on ElevenLabs' side, then lets the runner look at them. */
export async function callsEnd({ app, scheduler }: TaskApp): Promise<void> {
  app.live.clock.advance(120);
  await scheduler.advance(DEFAULT_POLL_INTERVAL_MS);
}

export function taskUpdates(app: AppHarness, taskId: string): EventPayload<'taskUpdated'>[] {
  return app.events
    .filter((event) => event.name === 'taskUpdated')
    .map((event) => event.payload as EventPayload<'taskUpdated'>)
    .filter((update) => update.taskId === taskId);
}

/** What ElevenLabs was asked to fill in for a conversation. */
export async function sentVariables(app: AppHarness, conversationId: string) {
  const client = new ElevenLabsClient({
    baseUrl: app.live.url,
    apiKey: app.live.apiKey,
    maxRetries: 0,
  });
  const conversation = await client.conversationalAi.conversations.get(conversationId);
  return conversation.conversationInitiationClientData?.dynamicVariables;
}
