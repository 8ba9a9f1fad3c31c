import { expect, test, type Page } from '@playwright/test';
import {
  clearFaults,
  injectFault,
  startHostProcess,
  type HostProcess,
} from './support/host-process';

let host: HostProcess;

test.beforeEach(async ({ page }) => {
  host = await startHostProcess({ sandbox: false, fakeLive: true, requestTimeoutSeconds: 2 });
  await page.goto(host.url);
});

test.afterEach(async () => {
  await host.stop();
});

async function openSettings(page: Page) {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Settings' })
    .click();
}

async function saveKey(page: Page, key: string) {
  await openSettings(page);
  const field = page.getByLabel(/API key/);
  await field.fill(key);
  await page.getByRole('button', { name: /Save key|Replace key/ }).click();
}

test('a new user can try the sandbox, with a banner that never goes away', async ({ page }) => {
  await expect(
    page.getByRole('heading', { name: 'Start by connecting your workspace' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Try the sandbox' }).click();
  const banner = page.getByRole('status').filter({ hasText: 'No real calls are made' });
  await expect(banner).toBeVisible();
  for (const section of ['Monitor', 'Settings', 'Campaigns']) {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: section })
      .click();
    await expect(banner).toBeVisible();
  }
});

test('pasting a key connects the real workspace and shows agents and numbers by name', async ({
  page,
}, testInfo) => {
  const key = host.fakeLiveApiKey ?? '';
  await saveKey(page, 'sk_this_is_not_the_right_key_000000');
  await expect(page.getByRole('alert')).toContainText('did not accept the API key');
  await expect(page.locator('.connection-status')).toContainText('Not connected');

  await saveKey(page, key);
  await expect(page.locator('.connection-status')).toContainText(
    'Connected to your ElevenLabs workspace',
  );
  await expect(page.getByLabel(/API key/)).toHaveAttribute('type', 'password');
  await expect(page.getByLabel(/API key/)).toHaveValue('');
  await expect(page.getByText('No real calls are made')).toHaveCount(0);

  const agents = page.getByRole('list', { name: 'Agents' });
  await expect(agents.getByRole('button').first()).toBeVisible();
  await agents.getByRole('button', { name: /Salon/ }).click();
  await expect(page.getByRole('list', { name: 'Dynamic variables' })).toContainText(
    '_notes_for_agent_',
  );

  const numbers = page.getByRole('table', { name: 'Phone numbers' });
  await expect(numbers).toContainText('Twilio');
  await expect(numbers).toContainText('SIP trunk');
  // IDs stay out of sight until a details view is opened.
  await expect(page.getByText(/phnum_|agent_[a-z0-9]{10,}/).first()).toBeHidden();

  await page.screenshot({ path: testInfo.outputPath('settings-connected.png'), fullPage: true });
  expect(await page.content()).not.toContain(key);
});

test('the key survives a restart and can be removed after confirming', async ({ page }) => {
  await saveKey(page, host.fakeLiveApiKey ?? '');
  await expect(page.locator('.connection-status')).toContainText('Connected');
  const { dataDir } = host;
  await host.stop();

  host = await startHostProcess({ sandbox: false, fakeLive: true, dataDir });
  await page.goto(host.url);
  await openSettings(page);
  // The stand-in API has a new key after restarting, but the saved one is still reported.
  await expect(page.locator('.connection-status')).toContainText('Connected');

  await page.getByRole('button', { name: 'Remove saved key…' }).click();
  await page.getByRole('button', { name: 'Remove key' }).click();
  await expect(page.locator('.connection-status')).toContainText('Not connected');
});

const faults: Array<{ fault: Record<string, unknown>; says: RegExp; link?: RegExp }> = [
  { fault: { kind: 'invalid_api_key' }, says: /did not accept the API key/, link: /API keys/ },
  { fault: { kind: 'missing_permissions' }, says: /not allowed to do that/ },
  { fault: { kind: 'quota_exceeded' }, says: /run out of credits/ },
  {
    fault: { kind: 'terms_not_accepted' },
    says: /Terms & Conditions must be accepted/,
    link: /accept the terms/,
  },
  { fault: { kind: 'not_found' }, says: /could not find that item/ },
  { fault: { kind: 'validation', field: 'page_size', location: 'query' }, says: /page_size/ },
  { fault: { kind: 'rate_limited', retryAfterSeconds: 1 }, says: /Try again in 1 seconds/ },
  { fault: { kind: 'server_error' }, says: /having trouble right now/ },
  { fault: { kind: 'slow', delayMs: 5000 }, says: /took too long/ },
  { fault: { kind: 'drop' }, says: /drafts are safe/ },
];

for (const { fault, says, link } of faults) {
  test(`the user reads a plain message when ElevenLabs answers ${String(fault['kind'])}`, async ({
    page,
  }) => {
    await saveKey(page, host.fakeLiveApiKey ?? '');
    await expect(page.locator('.connection-status')).toContainText('Connected');
    await injectFault(host, { path: '/v1/convai/agents', ...fault });
    await page.getByLabel('Search agents').fill('Salon');
    const alert = page.getByRole('alert').filter({ hasText: says });
    await expect(alert).toBeVisible();
    if (link)
      await expect(alert.getByRole('link', { name: link })).toHaveAttribute(
        'href',
        /^https:\/\/elevenlabs\.io\//,
      );
    await clearFaults(host);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('list', { name: 'Agents' })).toContainText('Salon');
  });
}

/** Connects the workspace, then opens Settings afresh while ElevenLabs fails every request to `path`. */
async function openSettingsFailing(page: Page, path: string) {
  await saveKey(page, host.fakeLiveApiKey ?? '');
  await expect(page.locator('.connection-status')).toContainText('Connected');
  await injectFault(host, { path, kind: 'server_error' });
  await page.reload();
  await openSettings(page);
}

/** ElevenLabs is back for `path`, but each answer takes 1.5 s: long enough to see the wait. */
async function answerSlowly(path: string) {
  await clearFaults(host);
  await injectFault(host, { path, kind: 'slow', delayMs: 1500 });
}

test('a failed search leaves the screen once another is typed, which then shows its own answer', async ({
  page,
}) => {
  await openSettingsFailing(page, '/v1/convai/agents');
  await expect(page.getByRole('alert').filter({ hasText: /having trouble/ })).toBeVisible();

  await answerSlowly('/v1/convai/agents');
  await page.getByLabel('Search agents').fill('Salon');
  // While the new search waits, nothing says it failed.
  await expect(page.getByText('Loading agents…')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Agents' })).toContainText('Salon');
});

test('trying the phone numbers again shows them loading, then the answer', async ({ page }) => {
  await openSettingsFailing(page, '/v1/convai/phone-numbers');
  const numbers = page.getByRole('region', { name: 'Phone numbers' });
  await expect(numbers.getByRole('alert')).toContainText(/having trouble/);

  await answerSlowly('/v1/convai/phone-numbers');
  await numbers.getByRole('button', { name: 'Try again' }).click();
  await expect(numbers.getByText('Loading phone numbers…')).toBeVisible();
  await expect(numbers.getByRole('alert')).toHaveCount(0);
  await expect(numbers.getByRole('table', { name: 'Phone numbers' })).toContainText('Salon Bella');
});

test('diagnostics can be copied and the logs folder opened', async ({ page }) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Copy diagnostics' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Diagnostics copied' })).toBeVisible();
  await page.getByRole('button', { name: 'Open logs folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logs are in' })).toContainText(
    host.dataDir,
  );
});
