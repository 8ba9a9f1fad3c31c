import { expect, test } from './support/fixtures';

test('the app shell shows its sections and lists the sandbox agents by name', async ({
  page,
}, testInfo) => {
  await expect(page).toHaveTitle('Callsheet');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const section of ['Campaigns', 'Monitor', 'Settings']) {
    await expect(nav.getByRole('button', { name: section })).toBeVisible();
  }
  await expect(page.getByRole('status')).toContainText('No real calls are made');

  // renderer → bridge → handler → SDK → sandbox server, and back.
  const agents = page.getByRole('list', { name: 'Agents' });
  await expect(agents.getByRole('button').first()).toBeVisible();
  await expect(agents).toContainText('Salon');
  await expect(agents).not.toContainText('agent_');

  await agents.getByRole('button').first().click();
  await expect(page.getByRole('heading', { name: 'First message' })).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath('app-shell.png'), fullPage: true });
});

test('the page exposes exactly window.callsheet, derived from the contract', async ({ page }) => {
  const shape = await page.evaluate(() => {
    const api = (window as unknown as { callsheet: Record<string, unknown> }).callsheet;
    return {
      methods: Object.keys(api).sort(),
      events: Object.keys(api['on'] as object).sort(),
      frozen: Object.isFrozen(api),
    };
  });
  expect(shape.methods).toContain('listAgents');
  expect(shape.methods).not.toContain('invoke');
  expect(shape.methods).not.toContain('send');
  expect(shape.events).toContain('workspaceChanged');
});

test('a malformed request gets a validation error naming the field', async ({ page }) => {
  const envelope = await page.evaluate(async () => {
    const api = (
      window as unknown as {
        callsheet: { getAgent: (input: unknown) => Promise<unknown> };
      }
    ).callsheet;
    return api.getAgent({ agentId: 42 });
  });
  expect(envelope).toMatchObject({
    ok: false,
    error: { code: 'validation', details: { field: 'agentId' } },
  });
});

test('the page carries a strict Content-Security-Policy', async ({ page }) => {
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});
