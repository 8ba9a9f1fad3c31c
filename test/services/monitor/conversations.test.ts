import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchView } from '../../../shared/domain/results';
import {
  launch,
  person,
  runToCompletion,
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

function conversationRequests(conversationId: string): number {
  const path = `/v1/convai/conversations/${conversationId}`;
  return env.app.services.diagnostics
    .recent(100_000)
    .filter((line) => line.includes(`"path":"${path}"`)).length;
}

async function finishedBatch(): Promise<BatchView> {
  const { app } = env;
  app.live.script.outcome('+48600100201', { status: 'completed', summary: 'Booked for Friday.' });
  app.live.script.outcome('+48600100202', { status: 'completed', summary: 'Will call back.' });
  const { batchId } = await launch(app, 'Spring reminders', [
    person('anna', '+48600100201'),
    person('marek', '+48600100202'),
  ]);
  await runToCompletion(env, batchId);
  const view = await app.call('getBatchView', { batchId });
  if (!view.ok) throw new Error(view.error.message);
  return view.value;
}

function conversationOf(view: BatchView, personId: string): string {
  const id = view.recipients.find((row) => row.person?.id === personId)?.conversationId;
  if (!id) throw new Error(`no call for ${personId}`);
  return id;
}

describe('one call', () => {
  it('shows the whole conversation, fetched once', async () => {
    const view = await finishedBatch();
    const conversationId = conversationOf(view, 'anna');
    const before = conversationRequests(conversationId);
    const first = await env.app.call('getConversationView', { conversationId });
    expect(first).toMatchObject({
      ok: true,
      value: {
        offline: false,
        conversation: { id: conversationId, summary: 'Booked for Friday.' },
      },
    });
    expect(first.ok && first.value.conversation.transcript.length).toBeGreaterThan(0);
    expect(await env.app.call('getConversationView', { conversationId })).toEqual(first);
    expect(conversationRequests(conversationId)).toBe(before + 1);
  });

  it('plays the recording through main, without the key ever reaching the renderer', async () => {
    const view = await finishedBatch();
    const audio = await env.app.call('getConversationAudio', {
      conversationId: conversationOf(view, 'anna'),
    });
    if (!audio.ok) throw new Error(audio.error.message);
    expect(audio.value.mimeType).toBe('audio/wav');
    expect(Buffer.from(audio.value.base64, 'base64').subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(env.app.transcript.join('\n')).not.toContain(env.app.live.apiKey);
  });

  it('falls back to the saved result when ElevenLabs cannot be reached', async () => {
    const view = await finishedBatch();
    await env.app.live.close();
    const saved = await env.app.call('getConversationView', {
      conversationId: conversationOf(view, 'marek'),
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { offline: true, conversation: { summary: 'Will call back.', transcript: [] } },
    });
    const audio = await env.app.call('getConversationAudio', {
      conversationId: conversationOf(view, 'marek'),
    });
    expect(audio).toMatchObject({ ok: false, error: { code: 'offline' } });
  });
});
