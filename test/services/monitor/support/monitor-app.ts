import { afterEach, beforeEach, expect } from 'vitest';
import type { EventPayload } from '../../../../shared/contract';
import type { CampaignDraft } from '../../../../shared/domain/drafts/draft';
import type { StoredRecipient } from '../../../../shared/domain/recipients';
import { startConnectedHarness, type AppHarness } from '../../support/app-harness';
import { saveDraft } from '../../support/campaign-fixtures';
import { FakeScheduler } from './fake-scheduler';

export interface MonitorApp {
  app: AppHarness;
  scheduler: FakeScheduler;
}

/** The app connected to the stand-in ElevenLabs, with sandbox time and monitor time frozen. */
async function startMonitorApp(): Promise<MonitorApp> {
  const scheduler = new FakeScheduler();
  const app = await startConnectedHarness({ scheduler });
  return { app, scheduler };
}

/**
 * A fresh app (see startMonitorApp) for each test of the file, closed after it. Call at the top
 * of the file; what it returns always stands for the running test's app.
 */
export function useMonitorApp(): MonitorApp {
  let current: MonitorApp | undefined;
  beforeEach(async () => {
    current = await startMonitorApp();
  });
  afterEach(async () => {
    await current?.app.close();
    current = undefined;
  });
  const started = (): MonitorApp => {
    if (!current) throw new Error('The monitor app only runs during a test.');
    return current;
  };
  return {
    get app() {
      return started().app;
    },
    get scheduler() {
      return started().scheduler;
    },
  };
}

export { person, saveDraft } from '../../support/campaign-fixtures';

/** Saves and launches a campaign; returns the draft and its one batch id. */
export async function launch(
  app: AppHarness,
  name: string,
  recipients: StoredRecipient[],
  excludedIds: string[] = [],
): Promise<{ draft: CampaignDraft; batchId: string }> {
  const draft = await saveDraft(app, name, { recipients });
  const launched = await app.call('launchCampaign', {
    draftId: draft.id,
    baseRevision: draft.revision,
    excludedIds,
    averageCallSeconds: 60,
  });
  if (!launched.ok) throw new Error(launched.error.message);
  const batchId = launched.value.batches[0]?.id;
  if (!batchId) throw new Error('no batch was sent');
  return { draft, batchId };
}

/** Moves ElevenLabs' time and the monitor's time on together, in steps of `stepSeconds`. */
export async function advance(
  { app, scheduler }: MonitorApp,
  seconds: number,
  stepSeconds = 1,
): Promise<void> {
  for (let done = 0; done < seconds; done += stepSeconds) {
    const step = Math.min(stepSeconds, seconds - done);
    app.live.clock.advance(step);
    await scheduler.advance(step * 1000);
  }
}

/** How many times the app asked ElevenLabs for this batch, from its own request log. */
export function batchPolls(app: AppHarness, batchId: string): number {
  const path = `/v1/convai/batch-calling/${batchId}`;
  return app.services.diagnostics
    .recent(100_000)
    .map((line) => JSON.parse(line) as { kind: string; method?: string; path?: string })
    .filter((entry) => entry.kind === 'request' && entry.method === 'GET' && entry.path === path)
    .length;
}

/** Runs the campaign's calls to the end and lets the monitor fetch every result. */
export async function runToCompletion(env: MonitorApp, batchId: string): Promise<void> {
  await env.app.call('watchBatches', { batchIds: [batchId], visible: true });
  await advance(env, 180, 3);
  const view = await env.app.call('getBatchView', { batchId });
  expect(view).toMatchObject({ ok: true, value: { batch: { status: 'completed' } } });
  expect(env.scheduler.nextIn(), 'polling stopped').toBeNull();
}

export function batchUpdates(app: AppHarness, batchId: string): EventPayload<'batchUpdated'>[] {
  return app.events
    .filter((event) => event.name === 'batchUpdated')
    .map((event) => event.payload as EventPayload<'batchUpdated'>)
    .filter((update) => update.batchId === batchId);
}
