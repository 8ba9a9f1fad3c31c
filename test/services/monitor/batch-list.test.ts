import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';
import { describe, expect, it } from 'vitest';
import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
} from '../../../electron/main/services/sandbox';
import { launch, person, useMonitorApp } from './support/monitor-app';

const env = useMonitorApp();

async function submitOutsideCallsheet(count: number) {
  const client = new ElevenLabsClient({
    baseUrl: env.app.live.url,
    apiKey: env.app.live.apiKey,
    maxRetries: 0,
  });
  for (let index = 0; index < count; index++) {
    await client.conversationalAi.batchCalls.create({
      callName: `Dashboard batch ${index + 1}`,
      agentId: SANDBOX_AGENT_IDS.salonBookingPl,
      agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
      recipients: [{ phoneNumber: `+486001003${String(index).padStart(2, '0')}` }],
    });
  }
}

describe('the batches list', () => {
  it('pages newest first and names the campaign each batch came from', async () => {
    const { app } = env;
    const spring = await launch(app, 'Spring reminders', [person('a', '+48600100201')]);
    const binned = await launch(app, 'Binned campaign', [person('b', '+48600100202')]);
    expect((await app.call('deleteDraft', { id: binned.draft.id })).ok).toBe(true);
    await submitOutsideCallsheet(29);

    const first = await app.call('listBatches', {});
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.batches).toHaveLength(30);
    expect(first.value.batches[0]).toMatchObject({ name: 'Dashboard batch 29', campaign: null });
    expect(first.value.nextCursor).not.toBeNull();

    const more = await app.call('listBatches', { cursor: first.value.nextCursor ?? '' });
    if (!more.ok) throw new Error(more.error.message);
    expect(more.value.nextCursor).toBeNull();
    const byId = new Map(
      [...first.value.batches, ...more.value.batches].map((batch) => [batch.id, batch]),
    );
    expect(byId.size).toBe(31);
    expect(byId.get(spring.batchId)?.campaign).toEqual({
      draftId: spring.draft.id,
      name: 'Spring reminders',
    });
    // A campaign in the bin no longer claims its batch.
    expect(byId.get(binned.batchId)?.campaign).toBeNull();
  });

  it('refuses a cursor that is not a string, and unknown fields', async () => {
    expect(await env.app.callRaw('listBatches', { cursor: 5 })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await env.app.callRaw('watchBatches', { batchIds: [''], visible: true })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});
