import { describe, expect, it } from 'vitest';
import { startSandboxServer } from '../../../electron/main/services/sandbox';
import { errorDetail, sdkClient, sdkFailure, useSandbox } from './sandbox-harness';

describe('sandbox account and authentication', () => {
  const sandbox = useSandbox();

  it('listens on loopback and hands out a real-looking key', () => {
    expect(sandbox().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox().apiKey).toMatch(/^sk_[0-9a-f]{48}$/);
  });

  it('answers GET /v1/user with a complete user the SDK accepts', async () => {
    const user = await sdkClient(sandbox()).user.get();

    expect(user.userId).toBeTruthy();
    expect(user.firstName).toBe('Marta');
    expect(user.subscription.tier).toBe('pro');
    expect(user.subscription.status).toBe('active');
    expect(user.seatType).toBe('workspace_admin');
  });

  it('rejects a wrong key with 401 invalid_api_key', async () => {
    const client = sdkClient(sandbox(), { apiKey: 'sk_not_the_sandbox_key' });

    const error = await sdkFailure(client.conversationalAi.agents.list());

    expect(error.statusCode).toBe(401);
    expect(error.body).toEqual({
      detail: { status: 'invalid_api_key', message: 'Invalid API key' },
    });
  });

  it('rejects a request without any key', async () => {
    const response = await fetch(`${sandbox().url}/v1/user`);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      detail: { status: 'invalid_api_key', message: 'Invalid API key' },
    });
  });

  it('answers unknown routes like FastAPI does', async () => {
    const response = await fetch(`${sandbox().url}/v1/nothing-here`, {
      headers: { 'xi-api-key': sandbox().apiKey },
    });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: 'Not Found' });
  });

  it('tags every response with a request id the SDK can report', async () => {
    const client = sdkClient(sandbox(), { apiKey: 'sk_wrong' });

    const error = await sdkFailure(client.user.get());

    expect(error.requestId).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('sandbox lifecycle', () => {
  it('accepts a given key and port, and stops accepting connections once closed', async () => {
    const probe = await startSandboxServer();
    const port = Number(new URL(probe.url).port);
    await probe.close();

    const server = await startSandboxServer({ port, apiKey: 'sk_fixed_for_this_test' });
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    expect(server.apiKey).toBe('sk_fixed_for_this_test');
    await expect(sdkClient(server).user.get()).resolves.toMatchObject({ firstName: 'Marta' });

    await server.close();
    await server.close();
    const error = await sdkFailure(sdkClient(server).user.get());
    expect(error.statusCode).toBeUndefined();
  });

  it('gives each server its own key', async () => {
    const first = await startSandboxServer();
    const second = await startSandboxServer();
    try {
      expect(first.apiKey).not.toBe(second.apiKey);
      const error = await sdkFailure(sdkClient(second, { apiKey: first.apiKey }).user.get());
      expect(errorDetail(error).status).toBe('invalid_api_key');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
