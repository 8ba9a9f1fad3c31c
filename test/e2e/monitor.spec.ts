import { readFile } from 'node:fs/promises';
import { test as withOwnHost, type Page } from '@playwright/test';
import type { CallsheetBridge } from '../../shared/contract';
import { expect, test } from './support/fixtures';
import { clearFaults, injectFault, startHostProcess } from './support/host-process';
import { launchCampaign, PEOPLE } from './support/sandbox-campaign';

const callRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Calls' }).getByRole('row').filter({ hasText: name });

test('follows a launched campaign live, opens a call, exports the results and follows up', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  await page.getByRole('button', { name: 'Monitor' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing has been sent yet' })).toBeVisible();

  // Launched from Campaigns, then followed here.
  await page.getByRole('button', { name: 'Campaigns' }).click();
  await launchCampaign(page, 'Spring promo');
  await page.getByRole('button', { name: 'Monitor' }).click();
  const list = page.getByRole('list', { name: 'Batches of calls' });
  const item = list.getByRole('listitem').filter({ hasText: 'Spring promo' });
  await expect(item).toContainText('Campaign: Spring promo');
  await expect(item).toContainText('Agent: Salon Bella – umawianie wizyt');
  await expect(item).toContainText('Calling');
  await expect(item.getByRole('progressbar', { name: 'Progress of Spring promo' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('monitor-list.png'), fullPage: true });

  await item.getByRole('button', { name: 'Spring promo', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spring promo' })).toBeVisible();
  for (const person of PEOPLE) await expect(callRow(page, person.name)).toBeVisible();
  await expect(callRow(page, 'Anna Nowak')).toContainText('Salon Bella · spring · Visit: Haircut');
  // Calls ring and talk for 9–20 s, so the batch is seen under way first …
  await expect(page.getByRole('table', { name: 'Calls' })).toContainText(
    /Dialling|Ringing|On the call/,
  );
  await page.screenshot({ path: testInfo.outputPath('monitor-live.png'), fullPage: true });

  // … then finishing, with no click from anyone.
  const header = page.locator('.batch-header');
  await expect(header.getByText('Finished', { exact: true })).toBeVisible({ timeout: 60_000 });
  for (const name of ['Anna Nowak', 'Jan Kowalski', 'Ewa Wiśniewska']) {
    await expect(callRow(page, name)).toContainText('Answered');
  }
  for (const name of ['Piotr Zieliński', 'Maria Lewandowska']) {
    await expect(callRow(page, name)).toContainText('Not reached');
  }
  await expect(page.getByRole('progressbar', { name: 'Calls finished' })).toHaveAttribute(
    'aria-valuetext',
    '5 of 5 calls finished, 5 started',
  );
  await expect(page.getByRole('img', { name: /Answered: 3, Not reached: 2/ })).toBeVisible();
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('row', { name: 'Not reached 2 40%' })).toBeVisible();
  await page.getByRole('button', { name: 'Show as chart' }).click();

  // Filter and search.
  await page.screenshot({ path: testInfo.outputPath('monitor-finished.png'), fullPage: true });
  await page.getByLabel('Show').selectOption('failed');
  await expect(page.getByRole('table', { name: 'Calls' }).getByRole('row')).toHaveCount(3);
  await page.getByLabel('Show').selectOption('all');
  await page.getByLabel('Search by name or number').fill('wisniewska');
  await expect(page.getByRole('table', { name: 'Calls' }).getByRole('row')).toHaveCount(2);
  await page.getByLabel('Search by name or number').fill('700 801');
  await expect(callRow(page, 'Jan Kowalski')).toBeVisible();
  await page.getByLabel('Search by name or number').fill('');

  // Nothing can be cancelled once finished; calling again applies and asks first.
  await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
  const retry = page.getByRole('button', { name: 'Call again who wasn’t reached' });
  await retry.click();
  const retryDialog = page.getByRole('dialog', { name: 'Call again in “Spring promo”?' });
  await expect(retryDialog).toContainText(
    '2 people will be called again now, who weren’t reached. People who answered are not called again.',
  );
  await expect(retryDialog.getByRole('button', { name: 'Not now' })).toBeFocused();
  // Tab goes round inside the dialog, never back to the page behind it.
  await page.keyboard.press('Tab');
  await expect(retryDialog.getByRole('button', { name: 'Call 2 people again' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(retryDialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(retryDialog.getByRole('button', { name: 'Call 2 people again' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(retryDialog).toBeHidden();
  await expect(retry).toBeFocused();

  // One call, in full.
  await callRow(page, 'Anna Nowak')
    .getByRole('button', { name: 'Open the call with Anna Nowak' })
    .click();
  const call = page.getByRole('dialog', { name: 'Call with Anna Nowak' });
  await expect(call.getByRole('region', { name: 'Transcript' })).toContainText(
    'Dzień dobry, tu wirtualna asystentka salonu Salon Bella.',
  );
  await expect(call.getByRole('region', { name: 'Summary' })).toContainText('call back');
  await expect(call.getByRole('region', { name: 'What the agent noted' })).toContainText(
    'Wants callback',
  );
  await expect(call.getByRole('region', { name: 'Goals' })).toContainText('Wizyta umowiona');
  await expect(call.locator('audio')).toHaveAttribute('src', /^blob:/);
  await page.screenshot({ path: testInfo.outputPath('monitor-conversation.png') });
  await page.keyboard.press('Escape');
  await expect(call).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open the call with Anna Nowak' })).toBeFocused();

  // The campaign's results as a spreadsheet.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Spring promo results \d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  const columns = lines[0] ?? '';
  expect(columns).toMatch(/^Phone number,Name,Company,Tags,Visit,Call status,/);
  expect(columns).toContain('Summary');
  expect(lines.find((line) => line.includes('Anna Nowak'))).toContain(',Answered,');
  expect(lines.find((line) => line.includes('Maria Lewandowska'))).toContain(',Not reached,');
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText(
    download.suggestedFilename(),
  );

  // A follow-up campaign with the people not reached.
  await page.getByRole('button', { name: 'Call some people again…' }).click();
  const followUp = page.getByRole('dialog', { name: 'Call some people again' });
  await expect(followUp.getByLabel(/Voicemail and no answer/)).toBeFocused();
  await expect(followUp.getByText('Voicemail and no answer 2 people')).toBeVisible();
  await expect(followUp.getByText('Asked for a callback 1 person')).toBeVisible();
  await followUp.getByLabel(/By an answer the agent noted/).check();
  await followUp.getByLabel('Question').selectOption('booked_appointment');
  await followUp.getByLabel('Answer is').fill('true');
  await expect(
    followUp.getByRole('button', { name: /Create a campaign with \d people?/ }),
  ).toBeEnabled();
  await followUp.getByLabel(/Voicemail and no answer/).check();
  await page.screenshot({ path: testInfo.outputPath('monitor-follow-up.png') });
  await followUp.getByRole('button', { name: 'Create a campaign with 2 people' }).click();

  await expect(page.getByLabel('Campaign name')).toHaveValue('Spring promo – follow-up');
  await expect(page.getByText(/Made “Spring promo – follow-up” with 2 people/)).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Recipients' })).toContainText('Piotr Zieliński');

  // Back in the Monitor the batch is still open; deleting it asks first, then returns to the list.
  await page.getByRole('button', { name: 'Monitor' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const deleteDialog = page.getByRole('dialog', { name: 'Delete “Spring promo” from ElevenLabs?' });
  await expect(deleteDialog).toContainText('The results already saved on this computer stay');
  await deleteDialog.getByRole('button', { name: 'Delete the batch' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing has been sent yet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Monitor' })).toBeFocused();
});

withOwnHost(
  'while ElevenLabs cannot be reached: the saved copy, marked, and a plain error with retry',
  async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    // A stand-in for the real ElevenLabs API, so its connection can be cut.
    const host = await startHostProcess({
      sandbox: false,
      fakeLive: true,
      requestTimeoutSeconds: 2,
    });
    try {
      await page.goto(host.url);
      const apiKey = host.fakeLiveApiKey ?? '';
      const connected = await page.evaluate(
        (apiKey) =>
          (window as unknown as { callsheet: CallsheetBridge }).callsheet.saveApiKey({ apiKey }),
        apiKey,
      );
      expect(connected.ok).toBe(true);
      await launchCampaign(page, 'Autumn reminders');

      await page.getByRole('button', { name: 'Monitor' }).click();
      await page.getByRole('button', { name: 'Autumn reminders', exact: true }).click();
      await expect(callRow(page, 'Anna Nowak')).toBeVisible();
      await expect(page.getByText(/^Last change /)).toBeVisible();

      await injectFault(host, { kind: 'drop' });
      // The next poll fails: the view turns into the saved copy by itself, and says so.
      await expect(page.getByText(/^Offline · saved copy from /)).toBeVisible({ timeout: 30_000 });
      await expect(
        page.getByText(/ElevenLabs can’t be reached, so this is the copy saved/),
      ).toBeVisible();
      await expect(callRow(page, 'Maria Lewandowska')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath('monitor-offline.png'), fullPage: true });

      await page.getByRole('button', { name: '← All batches' }).click();
      await page.getByRole('button', { name: 'Campaigns' }).click();
      await page.getByRole('button', { name: 'Monitor' }).click();
      const problem = page.getByRole('alert');
      await expect(problem).toBeVisible({ timeout: 30_000 });
      await page.screenshot({
        path: testInfo.outputPath('monitor-list-offline.png'),
        fullPage: true,
      });

      await clearFaults(host);
      await problem.getByRole('button', { name: 'Try again' }).click();
      await expect(problem).toBeHidden({ timeout: 30_000 });
      await expect(page.getByRole('list', { name: 'Batches of calls' })).toContainText(
        'Autumn reminders',
      );

      // Once Anna's call is over and its result in, the app has her whole call saved …
      await page.getByRole('button', { name: 'Autumn reminders', exact: true }).click();
      await expect(callRow(page, 'Anna Nowak')).toContainText('call back', { timeout: 60_000 });
      await injectFault(host, { kind: 'drop' });
      // … so, never opened before, it opens all the same: transcript included, marked as saved.
      await callRow(page, 'Anna Nowak')
        .getByRole('button', { name: 'Open the call with Anna Nowak' })
        .click();
      const call = page.getByRole('dialog', { name: 'Call with Anna Nowak' });
      await expect(call).toContainText(
        'ElevenLabs can’t be reached, so this is the call as saved on this computer.',
      );
      await expect(call.getByRole('region', { name: 'Transcript' })).toContainText(
        'Dzień dobry, tu wirtualna asystentka salonu Salon Bella.',
      );
      await expect(call.getByRole('region', { name: 'Recording' })).toBeHidden();
      await page.screenshot({ path: testInfo.outputPath('monitor-offline-call.png') });
      await page.keyboard.press('Escape');
      await expect(call).toBeHidden();
    } finally {
      await host.stop();
    }
  },
);
