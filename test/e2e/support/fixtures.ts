import { test as base } from '@playwright/test';
import { startHostProcess, type HostProcess } from './host-process';

/** Each test gets its own host (fresh services, fresh sandbox) and a page opened on it. */
export const test = base.extend<{ host: HostProcess }>({
  host: async ({}, use) => {
    const host = await startHostProcess();
    await use(host);
    await host.stop();
  },
  page: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect } from '@playwright/test';
