import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { CallsheetBridge } from '../../shared/contract';
import type { CampaignDraft } from '../../shared/domain/drafts/draft';
import { startHostProcess, type HostProcess } from './support/host-process';

let host: HostProcess;

test.afterEach(async () => {
  await host.stop();
});

async function open(options: Parameters<typeof startHostProcess>[0], page: Page) {
  host = await startHostProcess(options);
  await page.goto(host.url);
}

const draftList = (page: Page) => page.getByRole('list', { name: 'Campaign drafts' });
const openDraft = (page: Page, name: string) =>
  draftList(page).getByRole('button', { name, exact: true }).click();
const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /sav/i });

/** Waits for an edit to be saved: the status says so only after the save came back. */
async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
}

/** A draft with `count` valid recipients, made through the bridge as another window would. */
async function seedDraft(page: Page, name: string, count: number): Promise<string> {
  return page.evaluate(
    async ({ name, count }) => {
      const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
      const created = await api.createDraft({ name });
      if (!created.ok) throw new Error(created.error.message);
      const { id, revision, agent, phoneNumber, defaultCountry, variables, schedule } =
        created.value;
      const content = { name, agent, phoneNumber, defaultCountry, variables, schedule };
      const recipients = Array.from({ length: count }, (_, i) => ({
        id: `r${i}`,
        phone_number: `+486${String(i).padStart(8, '0')}`,
        contact_info: { name: `Person ${i}` },
        preferences: { best_call_times: [], blackout_dates: [] },
        metadata: { tags: [], custom_fields: {} },
        variables: {},
      }));
      const saved = await api.saveDraft({
        id,
        baseRevision: revision,
        content: { ...content, recipients },
      });
      if (!saved.ok) throw new Error(saved.error.message);
      return id;
    },
    { name, count },
  );
}

/** What a recipient cell shows: text, or an input's value in the row being edited. */
const recipientCell = (page: Page, column: 'phone' | 'name', row: number) =>
  page
    .getByRole('grid', { name: 'Recipients' })
    .getByRole('row', { name: `Row ${row}`, exact: true })
    .locator(`[data-column="${column}"]`);

async function readDraft(page: Page, id: string): Promise<CampaignDraft> {
  const envelope = await page.evaluate(
    (id) => (window as unknown as { callsheet: CallsheetBridge }).callsheet.getDraft({ id }),
    id,
  );
  if (!envelope.ok) throw new Error(`draft unreadable: ${envelope.error.message}`);
  return envelope.value;
}

test('drafts work with no workspace: create, rename in place, duplicate, delete and undo', async ({
  page,
}, testInfo) => {
  await open({ sandbox: false }, page);
  await expect(
    page.getByRole('heading', { name: 'Start by connecting your workspace' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'New campaign' }).click();
  await expect(page.getByText(/not connected to an ElevenLabs workspace/)).toBeVisible();
  const name = page.getByLabel('Campaign name');
  await name.fill('Spring promo');
  await name.press('Enter');
  await expect(saveStatus(page)).toHaveText('Saving…');
  await expectSaved(page);
  // Everything but the agent and the number can be edited offline.
  await page.getByLabel('Country for numbers without a country code').selectOption('IT');
  // Leaving right after an edit still saves it: the editor flushes on its way out.
  await page.getByLabel('At a set time').check();
  await expect(saveStatus(page)).toHaveText('Saving…');
  await page.getByRole('button', { name: '← All campaigns' }).click();
  const list = draftList(page);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Spring promo');
  await expect(list).toContainText('Edited just now');
  await expect(list).toContainText('0 recipients · No agent chosen yet');
  // The first-run choices stay until a workspace is connected.
  await expect(page.getByRole('button', { name: 'Try the sandbox' })).toBeVisible();

  // Rename in place: Escape cancels, an empty name is refused, Enter saves.
  await list.getByRole('button', { name: 'Rename Spring promo' }).click();
  const field = page.getByLabel('New name for Spring promo');
  await expect(field).toBeFocused();
  await field.fill('Discarded');
  await field.press('Escape');
  await expect(list).toContainText('Spring promo');
  await list.getByRole('button', { name: 'Rename Spring promo' }).press('Enter');
  await field.fill('   ');
  await field.press('Enter');
  await expect(list).toContainText('A campaign needs a name.');
  await field.fill('Spring promo 2026');
  await field.press('Enter');
  await expect(list.getByRole('button', { name: 'Spring promo 2026', exact: true })).toBeVisible();

  await list.getByRole('button', { name: 'Duplicate Spring promo 2026' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Spring promo 2026 (copy)');

  await list.getByRole('button', { name: 'Delete Spring promo 2026 (copy)' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const toast = page.locator('.toast').filter({ hasText: 'Deleted “Spring promo 2026 (copy)”' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await page.screenshot({ path: testInfo.outputPath('campaigns-list.png'), fullPage: true });

  // Reopened, the draft is exactly as it was left.
  await list.getByRole('button', { name: 'Spring promo 2026', exact: true }).click();
  await expect(page.getByLabel('Campaign name')).toHaveValue('Spring promo 2026');
  await expect(page.getByLabel('Country for numbers without a country code')).toHaveValue('IT');
  await expect(page.getByLabel('At a set time')).toBeChecked();
});

test('a draft with its agent and number chosen by name survives a restart', async ({
  page,
}, testInfo) => {
  await open({ sandbox: true }, page);
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByLabel('Campaign name').fill('Wizyty – marzec');
  await page.getByLabel('Campaign name').press('Enter');

  const agents = page.getByRole('list', { name: 'Agents to choose from' });
  await page.getByLabel('Search agents').fill('Salon');
  await agents.getByRole('button', { name: 'Salon Bella – umawianie wizyt' }).click();
  await expect(page.getByText('Salon Bella – umawianie wizyt', { exact: true })).toBeVisible();
  await expect(page.getByText(/agent_[a-z0-9]{10,}/)).toHaveCount(0);

  await page
    .getByLabel('Call from')
    .selectOption({ label: 'Salon Bella – Warszawa — +48223076512 (Twilio)' });
  await expect(page.getByText('Calls to this number are answered by')).toBeVisible();

  // One row per agent variable, by a readable name.
  await page.getByLabel('Place name').fill('Salon Bella');
  await page.getByLabel('Place name').press('Enter');
  await expect(page.getByLabel('Notes for agent')).toBeVisible();

  await page.getByLabel('Only inside calling hours').check();
  await page.getByLabel('Sat').check();
  await expectSaved(page);

  await page.getByRole('tab', { name: /Recipients/ }).click();
  await page.getByRole('button', { name: '+ Add recipient' }).click();
  const phone = page.getByLabel('Phone number, row 1', { exact: true });
  await phone.fill('600 700 800');
  await phone.press('Enter');
  await expect(phone).toHaveValue('+48600700800');
  await expectSaved(page);
  await page.screenshot({ path: testInfo.outputPath('editor-recipients-small.png') });

  const { dataDir } = host;
  await host.stop();
  host = await startHostProcess({ sandbox: true, dataDir });
  await page.goto(host.url);

  const list = draftList(page);
  await expect(list).toContainText('1 recipient · Agent: Salon Bella – umawianie wizyt');
  await openDraft(page, 'Wizyty – marzec');
  // A draft with recipients opens on them.
  await expect(recipientCell(page, 'phone', 1)).toHaveText('+48600700800');
  await page.getByRole('tab', { name: 'Setup' }).click();
  await expect(page.getByText('Salon Bella – umawianie wizyt', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Call from')).toHaveValue(/phnum_/);
  await expect(page.getByLabel('Call from').locator('option:checked')).toHaveText(
    /Salon Bella – Warszawa/,
  );
  await expect(page.getByLabel('Place name')).toHaveValue('Salon Bella');
  await expect(page.getByLabel('Only inside calling hours')).toBeChecked();
  await expect(page.getByLabel('Sat')).toBeChecked();
  await expect(page.getByLabel('Sun')).not.toBeChecked();
  await expect(page.getByLabel('Calling hours 1', { exact: true })).toHaveValue('09:00-17:00');
  await page.screenshot({ path: testInfo.outputPath('editor-setup.png'), fullPage: true });
});

test('killing the app right after an edit leaves the previous or the new version, never a broken one', async ({
  page,
}) => {
  await open({ sandbox: true }, page);
  // Big enough that writing it takes a moment, so the kill can land mid-save.
  const id = await seedDraft(page, 'Before', 20_000);
  await page.reload();
  await openDraft(page, 'Before');
  await expect(recipientCell(page, 'phone', 1)).toHaveText('+48600000000');

  const name = page.getByLabel('Campaign name');
  await name.fill('After');
  await name.press('Enter');
  await recipientCell(page, 'name', 1).click();
  await page.getByLabel('Name, row 1', { exact: true }).fill('Edited person');
  await page.getByLabel('Name, row 1', { exact: true }).press('Enter');
  await expect(saveStatus(page)).toHaveText('Saving…');
  // The autosave waits for a pause of 700 ms, then writes: kill while it does.
  await page.waitForTimeout(750);
  const { dataDir } = host;
  await host.kill();

  host = await startHostProcess({ sandbox: true, dataDir });
  await page.goto(host.url);
  const draft = await readDraft(page, id);
  expect(['Before', 'After']).toContain(draft.name);
  expect(draft.recipients).toHaveLength(20_000);
  expect(draft.recipients[19_999]?.contact_info.name).toBe('Person 19999');
  expect(['Person 0', 'Edited person']).toContain(draft.recipients[0]?.contact_info.name);
  await expect(draftList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByLabel('Campaigns that could not be opened')).toHaveCount(0);
});

test('a big campaign closed while it saves opens again with the edit, and goes on saving', async ({
  page,
}) => {
  await open({ sandbox: true }, page);
  // Big enough to be saved in pieces, which takes a moment.
  await seedDraft(page, 'Big list', 20_000);
  await page.reload();
  await openDraft(page, 'Big list');
  const name = page.getByLabel('Campaign name');
  await name.fill('Big list, edited');
  await name.press('Enter');
  // Closed and opened again at once, while that edit is still on its way to main.
  await page.getByRole('button', { name: '← All campaigns' }).click();
  await openDraft(page, 'Big list');
  await expect(name).toHaveValue('Big list, edited');

  await name.fill('Big list, edited twice');
  await name.press('Enter');
  await expectSaved(page);
  await expect(page.getByRole('alert').filter({ hasText: 'changed somewhere else' })).toHaveCount(
    0,
  );
});

test('a save based on an outdated version is refused and the user can reload', async ({ page }) => {
  await open({ sandbox: true }, page);
  const id = await seedDraft(page, 'Shared draft', 3);
  await page.reload();
  await openDraft(page, 'Shared draft');
  await expect(page.getByLabel('Campaign name')).toHaveValue('Shared draft');

  // Another window saves the same draft in the meantime.
  await page.evaluate(async (id) => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const current = await api.getDraft({ id });
    if (!current.ok) throw new Error(current.error.message);
    const { revision, agent, phoneNumber, defaultCountry, variables, schedule, recipients } =
      current.value;
    const content = { agent, phoneNumber, defaultCountry, variables, schedule, recipients };
    await api.saveDraft({
      id,
      baseRevision: revision,
      content: { ...content, name: 'Saved elsewhere' },
    });
  }, id);

  await page.getByLabel('Campaign name').fill('Mine');
  await page.getByLabel('Campaign name').press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'changed somewhere else' });
  await expect(alert).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Not saved');
  await alert.getByRole('button', { name: 'Reload campaign' }).click();
  await expect(page.getByLabel('Campaign name')).toHaveValue('Saved elsewhere');
  await expect(alert).toHaveCount(0);
});

test('a damaged draft file is reported plainly and set aside', async ({ page }) => {
  await open({ sandbox: true }, page);
  await seedDraft(page, 'Healthy', 1);
  const { dataDir } = host;
  await host.stop();
  mkdirSync(join(dataDir, 'drafts'), { recursive: true });
  writeFileSync(join(dataDir, 'drafts', 'damaged.json'), '{"name": "Half a draf');

  host = await startHostProcess({ sandbox: true, dataDir });
  await page.goto(host.url);
  const notice = page.getByLabel('Campaigns that could not be opened');
  await expect(notice).toContainText('One saved campaign could not be opened');
  await notice.getByText('Show where').click();
  await expect(notice).toContainText('corrupt');
  await expect(draftList(page)).toContainText('Healthy');
});
