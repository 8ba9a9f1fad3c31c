import { describe, expect, it } from 'vitest';
import { errorDetail, sdkClient, sdkFailure, useSandbox } from './sandbox-harness';

describe('sandbox control over HTTP', () => {
  const sandbox = useSandbox();

  function control(method: string, path: string, body?: unknown, apiKey = sandbox().apiKey) {
    return fetch(`${sandbox().url}/__sandbox${path}`, {
      method,
      headers: { 'xi-api-key': apiKey, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  it('switches a fault on with POST and the SDK sees it', async () => {
    const response = await control('POST', '/faults', {
      kind: 'rate_limited',
      path: '/v1/convai/agents',
      retryAfterSeconds: 12,
      count: 1,
    });

    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      faults: [
        expect.objectContaining({
          id: expect.any(String),
          kind: 'rate_limited',
          remaining: 1,
          hits: 0,
        }),
      ],
    });
    const error = await sdkFailure(sdkClient(sandbox()).conversationalAi.agents.list());
    expect(error.statusCode).toBe(429);
    expect(error.rawResponse?.headers.get('retry-after')).toBe('12');
    await expect(sdkClient(sandbox()).conversationalAi.agents.list()).resolves.toBeTruthy();
  });

  it('accepts several faults at once, as a list or under "faults"', async () => {
    await control('POST', '/faults', [{ kind: 'server_error', path: '/v1/user' }]);
    await control('POST', '/faults', {
      faults: [{ kind: 'missing_permissions', permission: 'convai_read' }],
    });

    const listed = await control('GET', '/faults');
    const { faults } = (await listed.json()) as { faults: { kind: string }[] };
    expect(faults.map((fault) => fault.kind)).toEqual(['server_error', 'missing_permissions']);

    const client = sdkClient(sandbox());
    await expect(sdkFailure(client.user.get())).resolves.toMatchObject({ statusCode: 500 });
    const error = await sdkFailure(client.conversationalAi.phoneNumbers.list());
    expect(errorDetail(error).status).toBe('missing_permissions');
  });

  it('removes one fault by id, or all of them with DELETE', async () => {
    const created = await control('POST', '/faults', [
      { kind: 'server_error', path: '/v1/user' },
      { kind: 'drop', path: '/v1/convai/phone-numbers' },
    ]);
    const { faults } = (await created.json()) as { faults: { id: string }[] };

    const removed = await control('DELETE', `/faults/${faults[0]?.id ?? ''}`);
    expect(removed.status).toBe(200);
    await expect(sdkClient(sandbox()).user.get()).resolves.toBeTruthy();

    const cleared = await control('DELETE', '/faults');
    expect(await cleared.json()).toEqual({ faults: [] });
    await expect(sdkClient(sandbox()).conversationalAi.phoneNumbers.list()).resolves.toBeTruthy();

    expect((await control('DELETE', '/faults/fault_unknown')).status).toBe(404);
  });

  it('resets the sandbox with POST /__sandbox/reset', async () => {
    await control('POST', '/faults', { kind: 'server_error' });

    const response = await control('POST', '/reset');

    expect(response.status).toBe(200);
    expect(sandbox().faults.list()).toEqual([]);
    await expect(sdkClient(sandbox()).user.get()).resolves.toBeTruthy();
  });

  it('is never affected by the faults it controls', async () => {
    await control('POST', '/faults', { kind: 'drop' });
    await control('POST', '/faults', { kind: 'slow', delayMs: 60_000 });

    const response = await control('DELETE', '/faults');

    expect(response.status).toBe(200);
    await expect(sdkClient(sandbox()).user.get()).resolves.toBeTruthy();
  });

  it('rejects a malformed fault with a FastAPI 422 and changes nothing', async () => {
    const response = await control('POST', '/faults', [
      { kind: 'server_error' },
      { kind: 'slow', delayMs: 'long' },
    ]);

    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      detail: { loc: unknown[]; msg: string; type: string }[];
    };
    expect(body.detail[0]).toMatchObject({
      loc: ['body', '1', 'delayMs'],
      type: expect.any(String),
    });
    expect(sandbox().faults.list()).toEqual([]);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await fetch(`${sandbox().url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'xi-api-key': sandbox().apiKey, 'content-type': 'application/json' },
      body: '{"kind": ',
    });

    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ detail: [{ type: 'json_invalid' }] });
  });

  it('requires the sandbox key', async () => {
    const response = await control('POST', '/faults', { kind: 'server_error' }, 'sk_wrong');

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      detail: { status: 'invalid_api_key', message: 'Invalid API key' },
    });
    expect(sandbox().faults.list()).toEqual([]);
  });

  it('lets a page on another origin call it (CORS)', async () => {
    const preflight = await fetch(`${sandbox().url}/__sandbox/faults`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'xi-api-key, content-type',
      },
    });

    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('xi-api-key');
    const answer = await control('GET', '/faults');
    expect(answer.headers.get('access-control-expose-headers')).toContain('retry-after');
  });
});
