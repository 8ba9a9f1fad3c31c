import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAppHarness, type AppHarness } from '../support/app-harness';

let app: AppHarness;

beforeEach(async () => {
  app = await startAppHarness();
});

afterEach(async () => {
  await app.close();
});

describe('connecting a workspace with an API key', () => {
  it('checks the key, keeps it in the OS keychain and says whose workspace it is', async () => {
    const saved = await app.call('saveApiKey', { apiKey: `  ${app.live.apiKey}\n` });
    expect(saved).toMatchObject({
      ok: true,
      value: { mode: 'live', keyStored: true, keychainProblem: null },
    });
    if (saved.ok) expect(saved.value.accountLabel).toBeTruthy();
    expect(await app.secrets.getApiKey()).toBe(app.live.apiKey);

    const agents = await app.call('listAgents', {});
    expect(agents.ok && agents.value.agents.length).toBeGreaterThan(0);
  });

  it('accepts a key scoped without user_read, just without a name to show', async () => {
    app.live.faults.inject({ kind: 'missing_permissions', permission: 'user_read' });
    const saved = await app.call('saveApiKey', { apiKey: app.live.apiKey });
    expect(saved).toMatchObject({ ok: true, value: { mode: 'live', accountLabel: null } });
  });

  it('refuses a wrong key with a plain message and stores nothing', async () => {
    const saved = await app.call('saveApiKey', { apiKey: 'sk_0123456789abcdef0123456789abcdef' });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid_api_key' } });
    if (!saved.ok) expect(saved.error.message).toMatch(/did not accept the API key/);
    expect(await app.secrets.getApiKey()).toBeNull();
    expect(
      (await app.call('getWorkspaceStatus', {})).ok && app.services.workspace.status().mode,
    ).toBe('none');
  });

  it('comes back connected after a restart, and forgets the key when it is removed', async () => {
    await app.call('saveApiKey', { apiKey: app.live.apiKey });
    await app.restart();
    expect(app.services.workspace.status()).toMatchObject({ mode: 'live', keyStored: true });
    expect((await app.call('listAgents', {})).ok).toBe(true);

    const removed = await app.call('removeApiKey', {});
    expect(removed).toMatchObject({ ok: true, value: { mode: 'none', keyStored: false } });
    expect(await app.secrets.getApiKey()).toBeNull();
    expect(await app.call('listAgents', {})).toMatchObject({
      ok: false,
      error: { code: 'no_workspace' },
    });
  });

  it('switches between the sandbox and the real workspace only when asked', async () => {
    expect(await app.call('connectLiveWorkspace', {})).toMatchObject({
      ok: false,
      error: { code: 'no_workspace' },
    });
    expect(await app.call('connectSandbox', {})).toMatchObject({
      ok: true,
      value: { mode: 'sandbox' },
    });
    await app.restart();
    expect(app.services.workspace.status().mode).toBe('sandbox');

    await app.call('saveApiKey', { apiKey: app.live.apiKey });
    await app.call('connectSandbox', {});
    expect(await app.call('connectLiveWorkspace', {})).toMatchObject({
      ok: true,
      value: { mode: 'live', keyStored: true },
    });
    expect(app.events.map((event) => event.name)).toContain('workspaceChanged');
  });

  it('lists phone numbers with their provider and assigned agent by name', async () => {
    await app.call('saveApiKey', { apiKey: app.live.apiKey });
    const numbers = await app.call('listPhoneNumbers', {});
    expect(numbers.ok).toBe(true);
    if (!numbers.ok) return;
    expect(numbers.value.map((n) => n.provider).sort()).toEqual(
      expect.arrayContaining(['sip_trunk', 'twilio']),
    );
    expect(numbers.value.some((n) => n.assignedAgent?.name)).toBe(true);
  });
});

describe('diagnostics', () => {
  it('logs every ElevenLabs request and every error shown, and offers them for support', async () => {
    await app.call('connectSandbox', {});
    await app.call('listAgents', {});
    await app.call('getAgent', { agentId: 'agent_doesnotexist0000000000000' });

    const diagnostics = await app.call('copyDiagnostics', {});
    expect(diagnostics.ok).toBe(true);
    if (!diagnostics.ok) return;
    expect(diagnostics.value.text).toMatch(
      /"kind":"request","method":"GET","path":"\/v1\/convai\/agents"/,
    );
    expect(diagnostics.value.text).toMatch(/"status":200/);
    expect(diagnostics.value.text).toMatch(
      /"kind":"error-shown","channel":"getAgent","code":"not_found"/,
    );
    expect(app.platformCalls.some((call) => call.startsWith('writeClipboard'))).toBe(true);

    const opened = await app.call('openLogsFolder', {});
    expect(opened).toMatchObject({ ok: true, value: { path: diagnostics.value.logDirectory } });
  });
});
