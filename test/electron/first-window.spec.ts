import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The path of the Electron binary, or why there is none on this machine. */
function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: 'Electron binary not available' };
  } catch {
    return { missing: 'Electron binary not available' };
  }
}

const binary = electronBinary();

test.describe('the real Electron app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

  test('opens its first window, hardened, showing the app shell', async () => {
    if (!('path' in binary)) return;
    const app = await electron.launch({
      executablePath: binary.path,
      args: [repoRoot],
      cwd: repoRoot,
    });
    try {
      const window = await app.firstWindow();
      await expect(window).toHaveTitle('Callsheet');
      await expect(window.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      const exposed = await window.evaluate(() => ({
        hasBridge: typeof (window as unknown as { callsheet?: unknown }).callsheet === 'object',
        hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
      }));
      expect(exposed).toEqual({ hasBridge: true, hasRequire: false, hasProcess: false });
    } finally {
      await app.close();
    }
  });
});
