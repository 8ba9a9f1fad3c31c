import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchView } from '../../../shared/domain/results';
import { launch, person, runToCompletion, useMonitorApp } from './support/monitor-app';

const env = useMonitorApp();

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

  it('opens a call whole from what was saved when ElevenLabs cannot be reached, even after a restart', async () => {
    const view = await finishedBatch();
    const anna = conversationOf(view, 'anna');
    const online = await env.app.call('getConversationView', { conversationId: anna });
    if (!online.ok) throw new Error(online.error.message);
    expect(online.value).toMatchObject({ offline: false, transcriptSaved: true });

    await env.app.live.close();
    await env.app.restart();
    const saved = await env.app.call('getConversationView', { conversationId: anna });
    expect(saved).toEqual({
      ok: true,
      value: { conversation: online.value.conversation, offline: true, transcriptSaved: true },
    });
    // Never opened before, but fetched whole for the batch's results: just as complete.
    const marek = await env.app.call('getConversationView', {
      conversationId: conversationOf(view, 'marek'),
    });
    expect(marek).toMatchObject({
      ok: true,
      value: { offline: true, transcriptSaved: true, conversation: { summary: 'Will call back.' } },
    });
    expect(marek.ok && marek.value.conversation.transcript.length).toBeGreaterThan(0);
    const audio = await env.app.call('getConversationAudio', {
      conversationId: conversationOf(view, 'marek'),
    });
    expect(audio).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('keeps the transcripts out of the batch view and its live updates', async () => {
    const view = await finishedBatch();
    const said = await env.app.call('getConversationView', {
      conversationId: conversationOf(view, 'anna'),
    });
    if (!said.ok) throw new Error(said.error.message);
    const firstLine = said.value.conversation.transcript[0]?.message ?? '';
    expect(firstLine).not.toBe('');
    expect(JSON.stringify(view)).not.toContain(firstLine);
    const events = env.app.events.filter((event) => event.name === 'batchUpdated');
    expect(JSON.stringify(events)).not.toContain(firstLine);
    expect(
      readFileSync(join(env.app.dataDir, 'results', `${view.batch.id}.json`), 'utf8'),
    ).not.toContain(firstLine);
  });

  it('falls back to the saved result alone when the saved call is gone', async () => {
    const view = await finishedBatch();
    await env.app.live.close();
    rmSync(join(env.app.dataDir, 'results', 'conversations'), { recursive: true });
    await env.app.restart();
    // As the user gets there: the batch first, then one of its calls.
    await env.app.call('getBatchView', { batchId: view.batch.id });
    const saved = await env.app.call('getConversationView', {
      conversationId: conversationOf(view, 'marek'),
    });
    expect(saved).toMatchObject({
      ok: true,
      value: {
        offline: true,
        transcriptSaved: false,
        conversation: { summary: 'Will call back.', transcript: [] },
      },
    });
  });

  it('sets a damaged saved call aside and says so, showing the saved result instead', async () => {
    const view = await finishedBatch();
    const conversationId = conversationOf(view, 'anna');
    const directory = join(env.app.dataDir, 'results', 'conversations');
    writeFileSync(join(directory, `${conversationId}.json`), '{"format":1,"conversation":{"id":');
    await env.app.live.close();
    await env.app.restart();
    await env.app.call('getBatchView', { batchId: view.batch.id });

    expect(await env.app.call('getConversationView', { conversationId })).toMatchObject({
      ok: true,
      value: {
        offline: true,
        transcriptSaved: false,
        conversation: { summary: 'Booked for Friday.' },
      },
    });
    const [movedAside] = readdirSync(join(directory, 'corrupt'));
    expect(movedAside).toMatch(new RegExp(`^${conversationId}-.+\\.json$`));
    const problems = env.app.services.results.problems();
    expect(problems).toEqual([
      {
        file: join(directory, `${conversationId}.json`),
        movedTo: join(directory, 'corrupt', movedAside ?? ''),
        message: expect.stringMatching(/^A call transcript file .* is damaged or incomplete/),
      },
    ]);
    expect(env.app.services.diagnostics.recent(100_000).join('\n')).toContain(
      'A call transcript file',
    );
  });
});
