import { ElevenLabs, ElevenLabsError, ElevenLabsTimeoutError } from '@elevenlabs/elevenlabs-js';
import { describe, expect, it } from 'vitest';
import {
  InvalidFaultError,
  SANDBOX_AGENT_IDS,
  type FaultSpec,
} from '../../../electron/main/services/sandbox';
import { errorDetail, sdkClient, sdkFailure, useSandbox } from './sandbox-harness';

describe('sandbox faults, as the SDK sees them', () => {
  const sandbox = useSandbox();
  const client = () => sdkClient(sandbox());
  const listAgents = () => client().conversationalAi.agents.list({ pageSize: 5 });

  const detailFaults: { spec: FaultSpec; statusCode: number; status: string; message: RegExp }[] = [
    {
      spec: { kind: 'invalid_api_key' },
      statusCode: 401,
      status: 'invalid_api_key',
      message: /Invalid API key/,
    },
    {
      spec: { kind: 'quota_exceeded' },
      statusCode: 401,
      status: 'quota_exceeded',
      message: /quota/,
    },
    {
      spec: { kind: 'terms_not_accepted' },
      statusCode: 403,
      status: 'terms_not_accepted',
      message: /Batch Calling Terms/,
    },
    { spec: { kind: 'not_found' }, statusCode: 404, status: 'not_found', message: /not found/ },
    {
      spec: { kind: 'server_error' },
      statusCode: 500,
      status: 'internal_server_error',
      message: /internal server error/,
    },
  ];

  it.each(detailFaults)(
    '$spec.kind answers $statusCode with detail.status $status',
    async (fault) => {
      sandbox().faults.inject(fault.spec);

      const error = await sdkFailure(listAgents());

      expect(error.statusCode).toBe(fault.statusCode);
      expect(errorDetail(error)).toEqual({
        status: fault.status,
        message: expect.stringMatching(fault.message),
      });
    },
  );

  it('uses a given message instead of the default one', async () => {
    sandbox().faults.inject({ kind: 'server_error', message: 'Database unavailable' });

    const error = await sdkFailure(listAgents());

    expect(errorDetail(error).message).toBe('Database unavailable');
  });

  it('missing_permissions names the permission the endpoint needs', async () => {
    sandbox().faults.inject({ kind: 'missing_permissions', path: '/v1/convai/agents' });

    const error = await sdkFailure(listAgents());

    expect(error.statusCode).toBe(401);
    expect(errorDetail(error)).toEqual({
      status: 'missing_permissions',
      message:
        'The API key you used is missing the permission convai_read to execute this operation.',
    });
  });

  it('a key without user_read fails on /v1/user while agents and numbers still work', async () => {
    sandbox().faults.inject({ kind: 'missing_permissions', permission: 'user_read' });

    const error = await sdkFailure(client().user.get());
    expect(error.statusCode).toBe(401);
    expect(errorDetail(error)).toEqual({
      status: 'missing_permissions',
      message:
        'The API key you used is missing the permission user_read to execute this operation.',
    });

    await expect(listAgents()).resolves.toMatchObject({ hasMore: true });
    await expect(client().conversationalAi.phoneNumbers.list()).resolves.not.toHaveLength(0);
    await expect(sdkFailure(client().user.get())).resolves.toMatchObject({ statusCode: 401 });
  });

  it('validation answers 422 in the FastAPI shape, naming the field', async () => {
    sandbox().faults.inject({
      kind: 'validation',
      field: 'phone_number_id',
      message: 'Field required',
    });

    const error = await sdkFailure(listAgents());

    expect(error).toBeInstanceOf(ElevenLabs.UnprocessableEntityError);
    expect(error.statusCode).toBe(422);
    expect(error.body).toEqual({
      detail: [{ loc: ['body', 'phone_number_id'], msg: 'Field required', type: 'missing' }],
    });
  });

  it('rate_limited answers 429 with Retry-After', async () => {
    sandbox().faults.inject({ kind: 'rate_limited', retryAfterSeconds: 7 });

    const error = await sdkFailure(listAgents());

    expect(error.statusCode).toBe(429);
    expect(error.rawResponse?.headers.get('retry-after')).toBe('7');
    expect(errorDetail(error).status).toBe('too_many_concurrent_requests');
  });

  it('rate_limited can say rate_limit_exceeded instead', async () => {
    sandbox().faults.inject({ kind: 'rate_limited', status: 'rate_limit_exceeded' });

    const error = await sdkFailure(listAgents());

    expect(errorDetail(error).status).toBe('rate_limit_exceeded');
    expect(error.rawResponse?.headers.get('retry-after')).toBe('1');
  });

  it('the SDK honours Retry-After and succeeds once the limit is lifted', async () => {
    sandbox().faults.inject({ kind: 'rate_limited', retryAfterSeconds: 1, count: 1 });
    const retrying = sdkClient(sandbox(), { maxRetries: 1 });

    const started = performance.now();
    const page = await retrying.conversationalAi.agents.list({ pageSize: 5 });

    expect(page.agents).toHaveLength(5);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('slow holds the real response back', async () => {
    sandbox().faults.inject({ kind: 'slow', delayMs: 400 });

    const started = performance.now();
    const user = await client().user.get();

    expect(user.firstName).toBe('Marta');
    expect(performance.now() - started).toBeGreaterThanOrEqual(380);
  });

  it('slow makes a short SDK timeout fire', async () => {
    sandbox().faults.inject({ kind: 'slow', delayMs: 5_000 });
    const impatient = sdkClient(sandbox(), { timeoutInSeconds: 0.3 });

    const started = performance.now();
    const error: unknown = await impatient.user.get().catch((reason: unknown) => reason);

    // With Node's fetch the SDK's abort reason ('timeout') comes back as a plain
    // ElevenLabsError rather than ElevenLabsTimeoutError; accept either spelling.
    const timedOut =
      error instanceof ElevenLabsTimeoutError ||
      (error instanceof ElevenLabsError &&
        error.statusCode === undefined &&
        error.cause === 'timeout');
    expect(timedOut).toBe(true);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('slow combines with another fault: a late 500', async () => {
    sandbox().faults.inject({ kind: 'slow', delayMs: 200 });
    sandbox().faults.inject({ kind: 'server_error' });

    const started = performance.now();
    const error = await sdkFailure(client().user.get());

    expect(error.statusCode).toBe(500);
    expect(performance.now() - started).toBeGreaterThanOrEqual(180);
  });

  it('drop closes the connection without an answer', async () => {
    sandbox().faults.inject({ kind: 'drop', count: 1 });

    const error = await sdkFailure(client().user.get());

    expect(error.statusCode).toBeUndefined();
    expect(error.body).toBeUndefined();
    await expect(client().user.get()).resolves.toMatchObject({ firstName: 'Marta' });
  });

  it('count limits a fault to the next N matching requests', async () => {
    sandbox().faults.inject({ kind: 'server_error', count: 2 });

    await expect(sdkFailure(listAgents())).resolves.toMatchObject({ statusCode: 500 });
    await expect(sdkFailure(listAgents())).resolves.toMatchObject({ statusCode: 500 });
    await expect(listAgents()).resolves.toMatchObject({ hasMore: true });
    expect(sandbox().faults.list()).toEqual([]);
  });

  it('without a count a fault stays until cleared', async () => {
    const fault = sandbox().faults.inject({ kind: 'server_error' });

    for (let i = 0; i < 3; i += 1) {
      await expect(sdkFailure(listAgents())).resolves.toMatchObject({ statusCode: 500 });
    }
    expect(sandbox().faults.list()).toEqual([{ ...fault, hits: 3 }]);

    sandbox().faults.clear();
    await expect(listAgents()).resolves.toMatchObject({ hasMore: true });
  });

  it('a path prefix covers the endpoint and everything below it, and nothing else', async () => {
    sandbox().faults.inject({ kind: 'server_error', path: '/v1/convai/agents' });

    await expect(sdkFailure(listAgents())).resolves.toMatchObject({ statusCode: 500 });
    await expect(
      sdkFailure(client().conversationalAi.agents.get(SANDBOX_AGENT_IDS.surveyIt)),
    ).resolves.toMatchObject({ statusCode: 500 });
    await expect(client().conversationalAi.phoneNumbers.list()).resolves.not.toHaveLength(0);
    await expect(client().user.get()).resolves.toMatchObject({ firstName: 'Marta' });
  });

  it('an exact path covers only that endpoint', async () => {
    sandbox().faults.inject({ kind: 'not_found', path: '/v1/convai/agents', match: 'exact' });

    await expect(sdkFailure(listAgents())).resolves.toMatchObject({ statusCode: 404 });
    await expect(
      client().conversationalAi.agents.get(SANDBOX_AGENT_IDS.surveyIt),
    ).resolves.toMatchObject({ agentId: SANDBOX_AGENT_IDS.surveyIt });
  });

  it('a method restricts the fault to that method', async () => {
    sandbox().faults.inject({ kind: 'server_error', method: 'POST' });

    await expect(listAgents()).resolves.toMatchObject({ hasMore: true });
  });

  it('removes one fault by id and leaves the others', async () => {
    const first = sandbox().faults.inject({ kind: 'server_error', path: '/v1/user' });
    sandbox().faults.inject({ kind: 'not_found', path: '/v1/convai/phone-numbers' });

    expect(sandbox().faults.remove(first.id)).toBe(true);
    expect(sandbox().faults.remove(first.id)).toBe(false);

    await expect(client().user.get()).resolves.toMatchObject({ firstName: 'Marta' });
    await expect(sdkFailure(client().conversationalAi.phoneNumbers.list())).resolves.toMatchObject({
      statusCode: 404,
    });
  });

  it('reset removes every fault', async () => {
    sandbox().faults.inject({ kind: 'drop' });

    sandbox().reset();

    await expect(client().user.get()).resolves.toMatchObject({ firstName: 'Marta' });
  });

  it('refuses a malformed fault instead of silently ignoring it', () => {
    const faults = sandbox().faults;
    const bad: unknown[] = [
      { kind: 'explode' },
      { kind: 'server_error', count: 0 },
      { kind: 'slow', delayMs: -5 },
      { kind: 'server_error', path: 'v1/user' },
      { kind: 'server_error', typo: true },
    ];

    for (const spec of bad) {
      expect(() => faults.inject(spec as FaultSpec)).toThrow(InvalidFaultError);
    }
    expect(faults.list()).toEqual([]);
  });
});
