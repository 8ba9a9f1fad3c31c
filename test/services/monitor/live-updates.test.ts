import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyBatchUpdate, type BatchView } from '../../../shared/domain/results';
import {
  advance,
  batchPolls,
  batchUpdates,
  launch,
  person,
  startMonitorApp,
  type MonitorApp,
} from './support/monitor-app';

let env: MonitorApp;

beforeEach(async () => {
  env = await startMonitorApp();
});

afterEach(async () => {
  await env.app.close();
});

const people = [
  person('anna', '+48600100201', { name: 'Anna Nowak' }),
  person('marek', '+48600100202', { name: 'Marek Wiśniewski' }),
  person('ola', '+48600100203', { name: 'Ola Zielińska' }),
];

async function view(batchId: string): Promise<BatchView> {
  const result = await env.app.call('getBatchView', { batchId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('watching a running batch', () => {
  it('pushes changes as the calls progress, then stops polling once the results are in', async () => {
    const { app } = env;
    app.live.script.outcome('+48600100201', { status: 'completed', summary: 'Booked for Friday.' });
    app.live.script.outcome('+48600100202', { status: 'voicemail' });
    app.live.script.outcome('+48600100203', { status: 'failed', failure: 'no_answer' });
    const { batchId } = await launch(app, 'Spring reminders', people);

    let shown = await view(batchId);
    expect(shown.campaign).toMatchObject({ name: 'Spring reminders' });
    expect(shown.recipients.map((row) => row.person?.contact_info.name)).toEqual([
      'Anna Nowak',
      'Marek Wiśniewski',
      'Ola Zielińska',
    ]);
    await app.call('watchBatches', { batchIds: [batchId], visible: true });

    const seen = new Set<string>(shown.recipients.map((row) => row.status));
    for (let second = 0; second < 120 && shown.batch.status !== 'completed'; second += 3) {
      await advance(env, 3, 3);
      for (const update of batchUpdates(app, batchId)) {
        if (update.version <= shown.version) continue;
        const next = applyBatchUpdate(shown, update);
        expect(next, 'every update applies to the view before it').not.toBeNull();
        shown = next ?? shown;
        for (const row of shown.recipients) seen.add(row.status);
      }
    }
    expect(shown.batch.status).toBe('completed');
    expect([...seen]).toEqual(
      expect.arrayContaining(['dispatched', 'in_progress', 'completed', 'voicemail', 'failed']),
    );

    // The analysis lands a moment after the last call ends; one more poll fetches it.
    await advance(env, 6, 3);
    for (const update of batchUpdates(app, batchId)) {
      if (update.version > shown.version) shown = applyBatchUpdate(shown, update) ?? shown;
    }
    expect(shown).toEqual(await view(batchId));
    expect(shown.counts).toMatchObject({ completed: 1, voicemail: 1, failed: 1 });
    const anna = shown.recipients.find((row) => row.person?.id === 'anna');
    expect(anna?.result).toMatchObject({
      summary: 'Booked for Friday.',
      callSuccessful: 'success',
    });

    const polls = batchPolls(app, batchId);
    await advance(env, 120, 3);
    expect(batchPolls(app, batchId)).toBe(polls);
    expect(env.scheduler.nextIn()).toBeNull();
  });

  it('polls every 3 s while visible and every 30 s while the window is hidden', async () => {
    const { app } = env;
    const { batchId } = await launch(app, 'Spring reminders', people);
    await view(batchId);
    await app.call('watchBatches', { batchIds: [batchId], visible: true });
    const start = batchPolls(app, batchId);
    await env.scheduler.advance(9_000);
    expect(batchPolls(app, batchId) - start).toBe(3);

    await app.call('watchBatches', { batchIds: [batchId], visible: false });
    const hidden = batchPolls(app, batchId);
    await env.scheduler.advance(29_000);
    // The poll already due when the window was hidden, then nothing until 30 s later.
    expect(batchPolls(app, batchId) - hidden).toBe(1);
    const after = batchPolls(app, batchId);
    await env.scheduler.advance(31_000);
    expect(batchPolls(app, batchId) - after).toBe(1);

    // Visible again, and the last poll is older than 3 s: at once, then every 3 s.
    await app.call('watchBatches', { batchIds: [batchId], visible: true });
    const visibleAgain = batchPolls(app, batchId);
    await env.scheduler.advance(0);
    expect(batchPolls(app, batchId) - visibleAgain).toBe(1);
    await env.scheduler.advance(3_000);
    expect(batchPolls(app, batchId) - visibleAgain).toBe(2);
  });

  it('waits as long as a 429 asks before polling again', async () => {
    const { app } = env;
    const { batchId } = await launch(app, 'Spring reminders', people);
    await view(batchId);
    await app.call('watchBatches', { batchIds: [batchId], visible: true });
    // The SDK's own retries (two, quickly) see the first answers; the monitor sees the last.
    app.live.faults.inject({
      kind: 'rate_limited',
      retryAfterSeconds: 1,
      path: `/v1/convai/batch-calling/${batchId}`,
      count: 2,
    });
    app.live.faults.inject({
      kind: 'rate_limited',
      retryAfterSeconds: 120,
      path: `/v1/convai/batch-calling/${batchId}`,
      count: 1,
    });
    const before = batchPolls(app, batchId);
    await env.scheduler.advance(3_000);
    expect(batchPolls(app, batchId) - before).toBe(3);
    expect(env.scheduler.nextIn()).toBe(120_000);

    await env.scheduler.advance(119_000);
    expect(batchPolls(app, batchId) - before).toBe(3);
    await env.scheduler.advance(1_000);
    expect(batchPolls(app, batchId) - before).toBe(4);
  });

  it('shows the saved copy while ElevenLabs cannot be reached, and backs off', async () => {
    const { app } = env;
    const { batchId } = await launch(app, 'Spring reminders', people);
    const online = await view(batchId);
    await app.call('watchBatches', { batchIds: [batchId], visible: true });
    await app.live.close();

    await env.scheduler.advance(3_000);
    const [update] = batchUpdates(app, batchId).filter((entry) => entry.offline);
    expect(update).toMatchObject({ offline: true, counts: online.counts });
    expect(await view(batchId)).toMatchObject({ offline: true, recipients: online.recipients });
    // Twice the interval after one failure, then four times, and so on.
    expect(env.scheduler.nextIn()).toBe(6_000);
    await env.scheduler.advance(6_000);
    expect(env.scheduler.nextIn()).toBe(12_000);
  });

  it('tells the user with a desktop notification when a campaign finishes', async () => {
    const { app } = env;
    app.live.script.outcome('+48600100201', { status: 'completed' });
    app.live.script.outcome('+48600100202', { status: 'voicemail' });
    app.live.script.outcome('+48600100203', { status: 'failed' });
    await launch(app, 'Spring reminders', people);
    // Nothing is on screen: the launched batch is followed in the background.
    await advance(env, 120, 30);
    expect(app.platformCalls.filter((call) => call.startsWith('notify'))).toEqual([
      'notify Spring reminders has finished: 1 answered, 1 voicemail, 1 not reached. Open Callsheet to see the results.',
    ]);
  });
});
