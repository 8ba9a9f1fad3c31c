import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import { describe, expect, it } from 'vitest';
import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
} from '../../../electron/main/services/sandbox';
import { polishNumber, salonRecipients, submitSalonBatch } from './call-fixtures';
import { errorDetail, sdkClient, sdkFailure, useSandbox } from './sandbox-harness';

describe('sandbox batch calling: listing, cancelling, retrying, deleting', () => {
  const sandbox = useSandbox({ timeScale: 0 });
  const client = () => sdkClient(sandbox());
  const batches = () => client().conversationalAi.batchCalls;

  it('lists batches newest first, paging with last_doc / next_doc', async () => {
    const submitted: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      submitted.push((await submitSalonBatch(client(), salonRecipients(1, i))).id);
      sandbox().clock.advance(1);
    }

    const pages: ElevenLabs.WorkspaceBatchCallsResponse[] = [];
    let lastDoc: string | undefined;
    do {
      const page = await batches().list({ limit: 2, ...(lastDoc ? { lastDoc } : {}) });
      pages.push(page);
      lastDoc = page.hasMore ? page.nextDoc : undefined;
    } while (lastDoc && pages.length < 10);

    expect(pages.map((page) => page.batchCalls.length)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, true, false]);
    expect(pages.at(-1)?.nextDoc).toBeUndefined();
    expect(pages.flatMap((page) => page.batchCalls.map((batch) => batch.id))).toEqual(
      [...submitted].reverse(),
    );
  });

  it('filters the listing by agent', async () => {
    await submitSalonBatch(client(), salonRecipients(1));
    const reminder = await batches().create({
      callName: 'Reminders',
      agentId: SANDBOX_AGENT_IDS.reminderEn,
      agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioIt,
      recipients: [{ phoneNumber: '+447700900123' }],
    });

    const page = await batches().list({ agentId: SANDBOX_AGENT_IDS.reminderEn });

    expect(page.batchCalls.map((batch) => batch.id)).toEqual([reminder.id]);
  });

  it('keeps paging after the batch named by last_doc was deleted', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1)
      ids.push((await submitSalonBatch(client(), salonRecipients(1, i))).id);
    const first = await batches().list({ limit: 1 });
    await batches().delete(first.batchCalls[0]?.id ?? '');

    const next = await batches().list({ limit: 5, lastDoc: first.nextDoc ?? '' });

    expect(next.batchCalls.map((batch) => batch.id)).toEqual([ids[1], ids[0]]);
  });

  it('answers an unknown batch with 404', async () => {
    const error = await sdkFailure(batches().get('btcal_doesnotexist'));

    expect(error.statusCode).toBe(404);
    expect(errorDetail(error).message).toContain('btcal_doesnotexist');
  });

  it('cancel stops dialling; calls already under way finish', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(6), {
      targetConcurrencyLimit: 2,
    });

    const cancelled = await batches().cancel(batch.id);
    expect(cancelled.status).toBe('cancelled');

    sandbox().clock.advance(120);
    const detail = await batches().get(batch.id);
    expect(detail.status).toBe('cancelled');
    const statuses = detail.recipients.map((recipient) => recipient.status);
    expect(statuses.slice(2)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect(statuses.slice(0, 2).every((status) => status !== 'cancelled')).toBe(true);
    expect(detail.totalCallsDispatched).toBe(2);

    await expect(batches().cancel(batch.id)).resolves.toMatchObject({ status: 'cancelled' });
  });

  it('cancels a scheduled batch before it starts', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(2), {
      scheduledTimeUnix: sandbox().clock.nowUnix() + 600,
    });

    await batches().cancel(batch.id);
    sandbox().clock.advance(900);

    const detail = await batches().get(batch.id);
    expect(detail.totalCallsDispatched).toBe(0);
    expect(detail.recipients.map((recipient) => recipient.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
  });

  it('refuses to cancel a finished batch', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(1));
    sandbox().clock.advance(60);

    const error = await sdkFailure(batches().cancel(batch.id));

    expect(error.statusCode).toBe(400);
    expect(errorDetail(error).status).toBe('batch_already_finished');
  });

  it('retry calls failed and voicemail recipients again, and only them', async () => {
    const numbers = [polishNumber(1), polishNumber(2), polishNumber(3), polishNumber(4)];
    sandbox().script.outcome(numbers[0] ?? '', { status: 'failed', count: 1 });
    sandbox().script.outcome(numbers[1] ?? '', { status: 'voicemail', count: 1 });
    sandbox().script.outcome(numbers[2] ?? '', { status: 'completed' });
    sandbox().script.outcome(numbers[3] ?? '', { status: 'failed', failure: 'busy', count: 1 });
    const batch = await submitSalonBatch(
      client(),
      numbers.map((phoneNumber) => ({ phoneNumber })),
    );
    sandbox().clock.advance(60);
    const first = await batches().get(batch.id);
    expect(first.recipients.map((recipient) => recipient.status)).toEqual([
      'failed',
      'voicemail',
      'completed',
      'failed',
    ]);
    const firstConversations = first.recipients.map((recipient) => recipient.conversationId);

    const retried = await batches().retry(batch.id);
    expect(retried).toMatchObject({ status: 'in_progress', retryCount: 1 });

    sandbox().clock.advance(60);
    const second = await batches().get(batch.id);
    expect(second.status).toBe('completed');
    expect(second.recipients[2]?.conversationId).toBe(firstConversations[2]);
    for (const index of [0, 1, 3]) {
      expect(second.recipients[index]?.conversationId).not.toBe(firstConversations[index]);
    }
    // The first attempts stay in the conversation history.
    const old = await client().conversationalAi.conversations.get(firstConversations[0] ?? '');
    expect(old.status).toBe('failed');
  });

  it('refuses to retry a batch that is still running', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(2));

    const error = await sdkFailure(batches().retry(batch.id));

    expect(error.statusCode).toBe(400);
    expect(errorDetail(error).status).toBe('batch_still_running');
  });

  it('delete forgets the batch but keeps its conversations', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(2));
    sandbox().clock.advance(60);
    const detail = await batches().get(batch.id);

    await batches().delete(batch.id);

    await expect(sdkFailure(batches().get(batch.id))).resolves.toMatchObject({ statusCode: 404 });
    expect((await batches().list()).batchCalls).toEqual([]);
    for (const recipient of detail.recipients) {
      const conversation = await client().conversationalAi.conversations.get(
        recipient.conversationId ?? '',
      );
      expect(conversation.metadata.batchCall?.batchCallId).toBe(batch.id);
    }
  });
});
