import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeychainSecretStore } from '../../../electron/main/services/secrets/keychain-secret-store';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const service = `Callsheet keychain test ${randomBytes(6).toString('hex')}`;
const store = createKeychainSecretStore({ service });

afterEach(async () => {
  await store.deleteApiKey();
});

describe('the OS keychain (a real Secret Service)', () => {
  it('stores, replaces and removes the API key', async () => {
    expect(await store.getApiKey()).toBeNull();
    await store.setApiKey('sk_first_key_000000000000');
    expect(await store.getApiKey()).toBe('sk_first_key_000000000000');
    await store.setApiKey('sk_second_key_11111111111');
    expect(await store.getApiKey()).toBe('sk_second_key_11111111111');
    await store.deleteApiKey();
    expect(await store.getApiKey()).toBeNull();
  });

  it('says plainly what to install when there is no keychain, and stores nothing', async () => {
    // A process with no session bus is a Linux desktop with no Secret Service.
    const script = `
      import { createKeychainSecretStore } from './electron/main/services/secrets/keychain-secret-store.ts';
      const store = createKeychainSecretStore({ service: ${JSON.stringify(service)}, platform: 'linux' });
      try { await store.setApiKey('sk_should_not_be_stored'); console.log(JSON.stringify({ stored: true })); }
      catch (error) { console.log(JSON.stringify({ code: error.code, message: error.message })); }
    `;
    const env = { ...process.env };
    delete env['DBUS_SESSION_BUS_ADDRESS'];
    delete env['DISPLAY'];
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: repoRoot,
        env,
      },
    );
    const outcome = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      code?: string;
      message?: string;
    };
    expect(outcome.code).toBe('keychain_unavailable');
    expect(outcome.message).toMatch(/no usable keychain/);
    expect(outcome.message).toMatch(/gnome-keyring/);
    expect(outcome.message).toMatch(/not saved anywhere/);
    expect(await store.getApiKey()).toBeNull();
  });
});
