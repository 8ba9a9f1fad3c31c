import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../../electron/main/services/sandbox';
import type { AppErrorCode } from '../../../shared/contract';
import { startConnectedHarness, type AppHarness } from '../support/app-harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startConnectedHarness();
});

afterAll(async () => {
  await app.close();
});

beforeEach(() => {
  app.live.faults.clear();
});

const cases: Array<{ fault: FaultSpec; code: AppErrorCode; says: RegExp; link?: RegExp }> = [
  {
    fault: { kind: 'invalid_api_key' },
    code: 'invalid_api_key',
    says: /did not accept the API key/,
    link: /api-keys/,
  },
  {
    fault: { kind: 'missing_permissions' },
    code: 'missing_permissions',
    says: /not allowed to do that/,
  },
  { fault: { kind: 'quota_exceeded' }, code: 'quota_exceeded', says: /run out of credits/ },
  {
    fault: { kind: 'terms_not_accepted' },
    code: 'terms_not_accepted',
    says: /Terms & Conditions must be accepted/,
    link: /^https:\/\/elevenlabs\.io\/app\//,
  },
  { fault: { kind: 'not_found' }, code: 'not_found', says: /could not find/ },
  {
    fault: { kind: 'validation', field: 'page_size', location: 'query' },
    code: 'validation',
    says: /page_size/,
  },
  {
    fault: { kind: 'rate_limited', retryAfterSeconds: 1 },
    code: 'rate_limited',
    says: /Try again in 1 seconds/,
  },
  { fault: { kind: 'server_error' }, code: 'server_error', says: /having trouble/ },
  { fault: { kind: 'slow', delayMs: 4000 }, code: 'timeout', says: /took too long/ },
  { fault: { kind: 'drop' }, code: 'offline', says: /drafts are safe/ },
];

describe('every ElevenLabs failure reaches the user as a plain message with the remedy', () => {
  it.each(cases)('$fault.kind → $code', async ({ fault, code, says, link }) => {
    app.live.faults.inject({ path: '/v1/convai/agents', ...fault });
    const result = await app.call('listAgents', {});
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (result.ok) return;
    expect(result.error.message).toMatch(says);
    expect(result.error.message).not.toMatch(/\b(401|403|404|422|429|500)\b/);
    if (link) expect(result.error.details?.link).toMatch(link);
  });

  it('reports how long to wait when rate limited', async () => {
    app.live.faults.inject({
      path: '/v1/convai/agents',
      kind: 'rate_limited',
      retryAfterSeconds: 1,
    });
    const result = await app.call('listAgents', {});
    expect(result).toMatchObject({ ok: false, error: { details: { retryAfterSeconds: 1 } } });
  });

  it('retries a read that failed once, so a passing hiccup is never shown', async () => {
    app.live.faults.inject({ path: '/v1/convai/agents', kind: 'server_error', count: 1 });
    expect((await app.call('listAgents', {})).ok).toBe(true);
  });

  it('says when there is no network at all', async () => {
    const closed = await startConnectedHarness();
    try {
      await closed.live.close();
      const result = await closed.call('listAgents', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'offline' } });
      if (!result.ok) expect(result.error.message).toMatch(/drafts are safe/);
    } finally {
      await closed.close().catch(() => undefined);
    }
  });
});
