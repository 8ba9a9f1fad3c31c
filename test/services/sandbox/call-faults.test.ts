import { describe, expect, it } from 'vitest';
import { polishNumber, salonRecipients, submitSalonBatch } from './call-fixtures';
import { control, errorDetail, sdkClient, sdkFailure, useSandbox } from './sandbox-harness';

const SUBMIT = '/v1/convai/batch-calling/submit';

describe('sandbox faults on the calling endpoints', () => {
  const sandbox = useSandbox({ timeScale: 0 });
  const client = () => sdkClient(sandbox());

  it('429 with Retry-After on submit, and nothing is created', async () => {
    sandbox().faults.inject({ kind: 'rate_limited', path: SUBMIT, retryAfterSeconds: 4, count: 1 });

    const error = await sdkFailure(submitSalonBatch(client(), salonRecipients(2)));

    expect(error.statusCode).toBe(429);
    expect(error.rawResponse?.headers.get('retry-after')).toBe('4');
    expect((await client().conversationalAi.batchCalls.list()).batchCalls).toEqual([]);
    await expect(submitSalonBatch(client(), salonRecipients(2))).resolves.toBeTruthy();
  });

  it('403 terms_not_accepted on batch submit', async () => {
    sandbox().faults.inject({ kind: 'terms_not_accepted', path: SUBMIT });

    const error = await sdkFailure(submitSalonBatch(client(), salonRecipients(1)));

    expect(error.statusCode).toBe(403);
    expect(errorDetail(error).status).toBe('terms_not_accepted');
  });

  it('drop before handling: the connection dies and no batch exists', async () => {
    sandbox().faults.inject({ kind: 'drop', path: SUBMIT, count: 1 });

    const error = await sdkFailure(submitSalonBatch(client(), salonRecipients(1)));

    expect(error.statusCode).toBeUndefined();
    expect((await client().conversationalAi.batchCalls.list()).batchCalls).toEqual([]);
  });

  it('drop after handling: the batch was created although the client heard nothing', async () => {
    sandbox().faults.inject({ kind: 'drop', when: 'after', path: SUBMIT, count: 1 });

    const error = await sdkFailure(
      submitSalonBatch(client(), salonRecipients(3), { callName: 'Kampania maj' }),
    );

    expect(error.statusCode).toBeUndefined();
    expect(error.body).toBeUndefined();
    // What a careful client does before retrying: look the batch up by what it sent.
    const { batchCalls } = await client().conversationalAi.batchCalls.list();
    expect(batchCalls).toHaveLength(1);
    expect(batchCalls[0]).toMatchObject({ name: 'Kampania maj', totalCallsScheduled: 3 });
    expect(sandbox().faults.list()).toEqual([]);
  });

  it('drop after handling works on outbound calls too, and over HTTP', async () => {
    const response = await control(sandbox(), 'POST', '/faults', {
      kind: 'drop',
      when: 'after',
      path: '/v1/convai/twilio/outbound-call',
      count: 1,
    });
    expect(response.status).toBe(201);

    const error = await sdkFailure(
      client().conversationalAi.twilio.outboundCall({
        agentId: 'agent_nuiikgxxarimsrmtsuci2j2dga',
        agentPhoneNumberId: 'phnum_94jy1ysgjimzqfrfkcmhxri31x',
        toNumber: polishNumber(5),
      }),
    );

    expect(error.statusCode).toBeUndefined();
    const { conversations } = await client().conversationalAi.conversations.list();
    expect(conversations).toHaveLength(1);
  });

  it('faults reach every new endpoint by path prefix', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(1));
    sandbox().faults.inject({ kind: 'server_error', path: '/v1/convai/batch-calling' });
    sandbox().faults.inject({ kind: 'not_found', path: '/v1/convai/conversations' });

    await expect(
      sdkFailure(client().conversationalAi.batchCalls.get(batch.id)),
    ).resolves.toMatchObject({ statusCode: 500 });
    await expect(
      sdkFailure(client().conversationalAi.batchCalls.cancel(batch.id)),
    ).resolves.toMatchObject({ statusCode: 500 });
    await expect(sdkFailure(client().conversationalAi.conversations.list())).resolves.toMatchObject(
      {
        statusCode: 404,
      },
    );
  });

  it('a slow submit still creates exactly one batch', async () => {
    sandbox().faults.inject({ kind: 'slow', path: SUBMIT, delayMs: 200, count: 1 });

    const batch = await submitSalonBatch(client(), salonRecipients(1));

    const { batchCalls } = await client().conversationalAi.batchCalls.list();
    expect(batchCalls.map((item) => item.id)).toEqual([batch.id]);
  });
});
