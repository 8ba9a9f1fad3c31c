import { ElevenLabsClient, ElevenLabsError } from '@elevenlabs/elevenlabs-js';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import {
  startSandboxServer,
  type SandboxServer,
  type SandboxServerOptions,
} from '../../../electron/main/services/sandbox';

/**
 * One sandbox per test file, back to its initial state before every test. Returns a
 * getter because the server only exists once `beforeAll` has run.
 */
export function useSandbox(options: SandboxServerOptions = {}): () => SandboxServer {
  let server: SandboxServer | undefined;
  beforeAll(async () => {
    server = await startSandboxServer(options);
  });
  beforeEach(() => server?.reset());
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('sandbox not started');
    return server;
  };
}

export function sdkClient(
  server: SandboxServer,
  options: { apiKey?: string; timeoutInSeconds?: number; maxRetries?: number } = {},
): ElevenLabsClient {
  return new ElevenLabsClient({
    baseUrl: server.url,
    apiKey: options.apiKey ?? server.apiKey,
    maxRetries: options.maxRetries ?? 0,
    ...(options.timeoutInSeconds !== undefined
      ? { timeoutInSeconds: options.timeoutInSeconds }
      : {}),
  });
}

/** Awaits a call that must fail and hands back the SDK's error for inspection. */
export async function sdkFailure(call: Promise<unknown>): Promise<ElevenLabsError> {
  const error: unknown = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ElevenLabsError);
  return error as ElevenLabsError;
}

/** The `detail` of an ElevenLabs error body, `{ status, message }`. */
export function errorDetail(error: ElevenLabsError): { status?: unknown; message?: unknown } {
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('detail' in body)) return {};
  const detail = body.detail;
  return typeof detail === 'object' && detail !== null ? detail : {};
}

/** The FastAPI 422 `detail` list of an error, or [] when the body is not one. */
export function validationIssues(
  error: ElevenLabsError,
): { loc: (string | number)[]; msg: string; type: string }[] {
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('detail' in body)) return [];
  return Array.isArray(body.detail) ? body.detail : [];
}

/** Calls a `/__sandbox` control endpoint the way a browser test does. */
export function control(
  server: SandboxServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${server.url}/__sandbox${path}`, {
    method,
    headers: { 'xi-api-key': server.apiKey, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Calls an API endpoint with a raw JSON body, for requests the SDK would not send. */
export function rawApi(
  server: SandboxServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { 'xi-api-key': server.apiKey, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
