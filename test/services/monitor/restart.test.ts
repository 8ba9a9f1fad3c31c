import { describe, expect, it } from 'vitest';
import { advance, batchPolls, launch, person, useMonitorApp } from './support/monitor-app';

const env = useMonitorApp();

describe('after the app restarts', () => {
  it('resumes following a campaign that was still running, and says when it finishes', async () => {
    const { app } = env;
    app.live.script.outcome('+48600100201', { status: 'completed' });
    app.live.script.outcome('+48600100202', { status: 'completed' });
    const { batchId } = await launch(app, 'Autumn check-ups', [
      person('a', '+48600100201'),
      person('b', '+48600100202'),
    ]);
    await advance(env, 5, 5);
    const running = await app.call('getBatchView', { batchId });
    expect(running).toMatchObject({ ok: true, value: { batch: { status: 'in_progress' } } });

    await app.restart();
    const polls = batchPolls(app, batchId);
    // Right away, without anything on screen.
    await env.scheduler.advance(0);
    expect(batchPolls(app, batchId)).toBe(polls + 1);

    await advance(env, 120, 30);
    expect(app.platformCalls.filter((call) => call.startsWith('notify'))).toEqual([
      'notify Autumn check-ups has finished: 2 answered. Open Callsheet to see the results.',
    ]);
    const done = batchPolls(app, batchId);
    await app.restart();
    await advance(env, 120, 30);
    // Finished and saved: nothing left to follow after another restart.
    expect(batchPolls(app, batchId)).toBe(done);
  });
});
