import { describe, expect, it } from 'vitest';
import { InvalidOutcomeError } from '../../../electron/main/services/sandbox';
import { polishNumber, salonRecipients, submitSalonBatch } from './call-fixtures';
import { control, sdkClient, useSandbox } from './sandbox-harness';

describe('sandbox scripted call outcomes', () => {
  const sandbox = useSandbox({ timeScale: 0 });
  const client = () => sdkClient(sandbox());

  async function finishedBatch(count: number) {
    const batch = await submitSalonBatch(client(), salonRecipients(count));
    sandbox().clock.advance(120);
    return client().conversationalAi.batchCalls.get(batch.id);
  }

  function conversation(id: string | undefined) {
    return client().conversationalAi.conversations.get(id ?? '');
  }

  it('place 1 fails, place 2 books a haircut: in-process', async () => {
    sandbox().script.outcome(polishNumber(0), { status: 'failed' });
    sandbox().script.outcome(polishNumber(1), {
      status: 'completed',
      callSuccessful: 'success',
      summary: 'Booked a haircut for tomorrow at 18:00',
      dataCollection: { booked_appointment: true, preferred_time: 'tomorrow 18:00' },
    });

    const batch = await finishedBatch(2);

    expect(batch.recipients.map((recipient) => recipient.status)).toEqual(['failed', 'completed']);
    const booked = await conversation(batch.recipients[1]?.conversationId);
    expect(booked.analysis?.callSuccessful).toBe('success');
    expect(booked.analysis?.transcriptSummary).toBe('Booked a haircut for tomorrow at 18:00');
    expect(booked.analysis?.dataCollectionResults?.['preferred_time']?.value).toBe(
      'tomorrow 18:00',
    );
    expect(booked.analysis?.dataCollectionResults?.['booked_appointment']?.value).toBe(true);
  });

  it('scripts the same over HTTP, and lists what is scripted', async () => {
    const response = await control(sandbox(), 'POST', '/outcomes', [
      { phoneNumber: polishNumber(0), status: 'voicemail' },
      {
        phoneNumber: polishNumber(1),
        status: 'completed',
        callSuccessful: 'failure',
        summary: 'Not interested.',
        dataCollection: { wants_callback: true },
      },
    ]);
    expect(response.status).toBe(201);
    const listed = await control(sandbox(), 'GET', '/outcomes');
    expect(await listed.json()).toEqual({
      outcomes: [
        expect.objectContaining({ phoneNumber: polishNumber(0), status: 'voicemail', hits: 0 }),
        expect.objectContaining({ phoneNumber: polishNumber(1), remaining: null }),
      ],
    });

    const batch = await finishedBatch(2);

    expect(batch.recipients.map((recipient) => recipient.status)).toEqual([
      'voicemail',
      'completed',
    ]);
    const declined = await conversation(batch.recipients[1]?.conversationId);
    expect(declined.analysis).toMatchObject({
      callSuccessful: 'failure',
      transcriptSummary: 'Not interested.',
    });
    expect(declined.analysis?.dataCollectionResults?.['wants_callback']?.value).toBe(true);
  });

  it('count limits a script to the next N calls to the number', async () => {
    sandbox().script.outcome(polishNumber(0), { status: 'failed', failure: 'busy', count: 1 });

    const first = await finishedBatch(1);
    expect(first.recipients[0]?.status).toBe('failed');
    expect(sandbox().script.list()).toEqual([]);

    sandbox().script.outcome(polishNumber(0), { status: 'completed' });
    await client().conversationalAi.batchCalls.retry(first.id);
    sandbox().clock.advance(60);
    const retried = await client().conversationalAi.batchCalls.get(first.id);
    expect(retried.recipients[0]?.status).toBe('completed');
  });

  it('decides calls dialled after it is set, not those already under way', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(2), {
      targetConcurrencyLimit: 1,
    });
    sandbox().script.outcome(polishNumber(0), { status: 'failed' });
    sandbox().script.outcome(polishNumber(1), { status: 'failed' });
    sandbox().clock.advance(120);

    const detail = await client().conversationalAi.batchCalls.get(batch.id);
    const unscripted = await finishedBatchStatusFor(polishNumber(0));
    expect(unscripted).not.toBe('failed');
    expect(detail.recipients[0]?.status).toBe(unscripted);
    expect(detail.recipients[1]?.status).toBe('failed');
  });

  /** What a number's first call gives without a script. */
  async function finishedBatchStatusFor(phoneNumber: string): Promise<string | undefined> {
    sandbox().reset();
    const batch = await submitSalonBatch(client(), [{ phoneNumber }]);
    sandbox().clock.advance(120);
    return (await client().conversationalAi.batchCalls.get(batch.id)).recipients[0]?.status;
  }

  it('reset and DELETE clear scripts', async () => {
    sandbox().script.outcome(polishNumber(0), { status: 'failed' });
    sandbox().reset();
    expect(sandbox().script.list()).toEqual([]);

    await control(sandbox(), 'POST', '/outcomes', {
      outcomes: [
        { phoneNumber: polishNumber(0), status: 'failed' },
        { phoneNumber: polishNumber(1), status: 'failed' },
      ],
    });
    const one = await control(
      sandbox(),
      'DELETE',
      `/outcomes/${encodeURIComponent(polishNumber(0))}`,
    );
    expect(one.status).toBe(200);
    expect(
      sandbox()
        .script.list()
        .map((outcome) => outcome.phoneNumber),
    ).toEqual([polishNumber(1)]);
    await control(sandbox(), 'POST', '/reset');
    expect(sandbox().script.list()).toEqual([]);
    const missing = await control(sandbox(), 'DELETE', `/outcomes/${encodeURIComponent('+48111')}`);
    expect(missing.status).toBe(404);
  });

  it('refuses a malformed script, in-process and over HTTP, and applies none of it', async () => {
    expect(() => sandbox().script.outcome('600 100 200', { status: 'failed' })).toThrow(
      InvalidOutcomeError,
    );
    expect(() =>
      sandbox().script.outcome(polishNumber(0), {
        status: 'hung_up' as 'failed',
      }),
    ).toThrow(InvalidOutcomeError);

    const response = await control(sandbox(), 'POST', '/outcomes', [
      { phoneNumber: polishNumber(0), status: 'failed' },
      { phoneNumber: polishNumber(1), summary: '' },
    ]);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      detail: [{ loc: ['body', '1', 'summary'] }],
    });
    expect(sandbox().script.list()).toEqual([]);
  });
});
