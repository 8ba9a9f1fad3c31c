import { describe, expect, it } from 'vitest';
import {
  advance,
  batchPolls,
  launch,
  person,
  runToCompletion,
  useMonitorApp,
} from './support/monitor-app';

const env = useMonitorApp();

const eight = Array.from({ length: 8 }, (_, index) =>
  person(`p${index}`, `+4860010020${index}`, { name: `Person ${index}` }),
);

describe('batch actions', () => {
  it('cancels: nobody else is dialled, and the final state is recorded', async () => {
    const { app } = env;
    const { batchId } = await launch(app, 'Spring reminders', eight);
    const cancelled = await app.call('cancelBatch', { batchId });
    expect(cancelled).toMatchObject({
      ok: true,
      value: { id: batchId, status: 'cancelled', campaign: { name: 'Spring reminders' } },
    });
    await advance(env, 60, 3);
    const view = await app.call('getBatchView', { batchId });
    if (!view.ok) throw new Error(view.error.message);
    // Five were already being dialled (the default concurrency); the other three never are.
    expect(view.value.counts.cancelled).toBe(3);
    expect(env.scheduler.nextIn()).toBeNull();
    expect(app.platformCalls).toContain(
      'notify Spring reminders was cancelled: No more calls will be made.',
    );
  });

  it('retries the calls that did not get through, and follows the batch again', async () => {
    const { app } = env;
    app.live.script.outcome('+48600100200', { status: 'voicemail', count: 1 });
    app.live.script.outcome('+48600100201', { status: 'failed', count: 1 });
    app.live.script.outcome('+48600100202', { status: 'completed' });
    const { batchId } = await launch(app, 'Spring reminders', eight.slice(0, 3));
    await runToCompletion(env, batchId);

    const retried = await app.call('retryBatch', { batchId });
    expect(retried).toMatchObject({ ok: true, value: { status: 'in_progress', retryCount: 1 } });
    const polls = batchPolls(app, batchId);
    await advance(env, 60, 3);
    expect(batchPolls(app, batchId)).toBeGreaterThan(polls);
    const view = await app.call('getBatchView', { batchId });
    if (!view.ok) throw new Error(view.error.message);
    expect(view.value.batch.retryCount).toBe(1);
    expect(view.value.counts.voicemail + view.value.counts.failed).toBeLessThan(2);
    expect(app.platformCalls.filter((call) => call.startsWith('notify'))).toHaveLength(2);
  });

  it('deletes from ElevenLabs but keeps what was saved', async () => {
    const { app } = env;
    const { batchId } = await launch(app, 'Spring reminders', eight.slice(0, 2));
    await runToCompletion(env, batchId);
    expect(await app.call('deleteBatch', { batchId })).toEqual({ ok: true, value: { batchId } });
    const listed = await app.call('listBatches', {});
    expect(listed.ok && listed.value.batches.map((batch) => batch.id)).toEqual([]);
    const saved = await app.call('getBatchView', { batchId });
    expect(saved).toMatchObject({ ok: true, value: { batch: { id: batchId } } });
  });

  it('says plainly when the batch is not there', async () => {
    const result = await env.app.call('cancelBatch', { batchId: 'btcal_missing' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const view = await env.app.call('getBatchView', { batchId: 'btcal_missing' });
    expect(view).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
