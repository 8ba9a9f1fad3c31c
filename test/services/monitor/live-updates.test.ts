import { describe, expect, it } from 'vitest';
import { applyBatchUpdate, type BatchView } from '../../../shared/domain/results';
import {
  advance,
  batchPolls,
  batchUpdates,
  launch,
  person,
  useMonitorApp,
} from './support/monitor-app';

const env = useMonitorApp();

const people = [
  person('anna', '+48600100201', { name: 'Anna Nowak' }),
  person('marek', '+48600100202', { name: 'Marek Wiśniewski' }),
  person('ola', '+48600100203', { name: 'Ola Zielińska' }),
];

/** ElevenLabs answers the next request under `path` with a 429 asking to wait `seconds`. */
function rateLimitOnce(path: string, seconds: number): void {
  env.app.live.faults.inject({ kind: 'rate_limited', retryAfterSeconds: seconds, path, count: 1 });
}

/** The paths of the requests for calls' conversations, from the app's own request log. */
function conversationRequests(): string[] {
  return env.app.services.diagnostics
    .recent(100_000)
    .map((line) => JSON.parse(line) as { kind: string; path?: string })
    .filter(
      (entry) => entry.kind === 'request' && entry.path?.startsWith('/v1/convai/conversations/'),
    )
    .map((entry) => entry.path ?? '');
}

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

  it('waits as long as a 429 asks before polling again, without retrying it first', async () => {
    const { app } = env;
    const { batchId } = await launch(app, 'Spring reminders', people);
    await view(batchId);
    await app.call('watchBatches', { batchIds: [batchId], visible: true });
    rateLimitOnce(`/v1/convai/batch-calling/${batchId}`, 120);
    const before = batchPolls(app, batchId);
    await env.scheduler.advance(3_000);
    // One request: the 429 reached the monitor at once, not after the SDK slept it out twice.
    expect(batchPolls(app, batchId) - before).toBe(1);
    expect(env.scheduler.nextIn()).toBe(120_000);

    await env.scheduler.advance(119_000);
    expect(batchPolls(app, batchId) - before).toBe(1);
    await env.scheduler.advance(1_000);
    expect(batchPolls(app, batchId) - before).toBe(2);
  });

  it('pauses polling when fetching a call’s result is rate limited, keeping what came', async () => {
    const { app } = env;
    app.live.script.outcome('+48600100201', { status: 'completed', summary: 'Booked for Friday.' });
    app.live.script.outcome('+48600100202', { status: 'completed', summary: 'Will call back.' });
    app.live.script.outcome('+48600100203', { status: 'completed', summary: 'Not interested.' });
    const { batchId } = await launch(app, 'Spring reminders', people);
    await app.call('watchBatches', { batchIds: [batchId], visible: false });
    rateLimitOnce('/v1/convai/conversations', 90);
    // Were the 429 retried inside the SDK, it would sleep 90 s of real time here, twice.
    await advance(env, 240, 30);
    expect(app.services.diagnostics.recent(100_000).join('\n')).toContain(
      'Batch polling paused for 90 s',
    );
    // Each call fetched once, and the one refused once more after the pause.
    const requested = conversationRequests();
    expect(requested.length).toBe(new Set(requested).size + 1);
    const finished = await view(batchId);
    expect(finished.recipients.map((row) => row.result?.summary)).toEqual([
      'Booked for Friday.',
      'Will call back.',
      'Not interested.',
    ]);
  });

  it('lets a batch opened by the user ride out a short 429, as one read', async () => {
    const { app } = env;
    const { batchId } = await launch(app, 'Spring reminders', people);
    rateLimitOnce(`/v1/convai/batch-calling/${batchId}`, 1);
    const before = batchPolls(app, batchId);
    expect(await view(batchId)).toMatchObject({ offline: false, batch: { id: batchId } });
    expect(batchPolls(app, batchId) - before).toBe(2);
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

  it.each([
    [
      'pl' as const,
      'notify Kampania Spring reminders się zakończyła: 1 odebrane, 1 poczta głosowa, 1 nieudane. Otwórz Callsheet, aby zobaczyć wyniki.',
    ],
    [
      'it' as const,
      'notify La campagna Spring reminders è terminata: 1 con risposta, 1 in segreteria, 1 non raggiunta. Apri Callsheet per vedere i risultati.',
    ],
  ])('says it in the language the UI shows (%s)', async (uiLanguage, notification) => {
    const { app } = env;
    app.services.settings.update({ uiLanguage });
    app.live.script.outcome('+48600100201', { status: 'completed' });
    app.live.script.outcome('+48600100202', { status: 'voicemail' });
    app.live.script.outcome('+48600100203', { status: 'failed' });
    await launch(app, 'Spring reminders', people);
    await advance(env, 120, 30);
    expect(app.platformCalls.filter((call) => call.startsWith('notify'))).toEqual([notification]);
  });
});
