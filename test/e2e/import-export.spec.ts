import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { CallsheetBridge } from '../../shared/contract';
import type { StoredRecipient } from '../../shared/domain/recipients';
import { legacy, utf8 } from '../unit/spreadsheet/fixtures';
import { expect, test } from './support/fixtures';

// The spreadsheet import wizard and the CSV export, with files made here in memory the way
// Excel, LibreOffice or a CRM would write them.

interface FixtureFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

function file(name: string, bytes: Uint8Array, mimeType = 'text/csv'): FixtureFile {
  return { name, mimeType, buffer: Buffer.from(bytes) };
}

const wizard = (page: Page) => page.getByRole('dialog', { name: /^Import “/ });
const stepTitle = (page: Page, text: string) =>
  wizard(page).getByRole('heading', { name: text, level: 3 });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Recipient list' });
const summary = (page: Page) => page.locator('.attention-summary');
const toast = (page: Page, text: string | RegExp) =>
  page.locator('.toast').filter({ hasText: text });
const targetOf = (page: Page, header: string) => wizard(page).getByLabel(`Import “${header}” as`);

/** Opens a new, empty draft on its Recipients tab. */
async function newDraft(page: Page) {
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByRole('tab', { name: /Recipients/ }).click();
}

async function chooseFile(page: Page, fixture: FixtureFile) {
  await toolbar(page).locator('input[type="file"]').setInputFiles(fixture);
}

/** Through steps 1 and 2 as they were suggested, to the per-row results. */
async function toResults(page: Page) {
  await wizard(page).getByRole('button', { name: 'Next: columns' }).click();
  await wizard(page).getByRole('button', { name: 'Next: check rows' }).click();
  await expect(stepTitle(page, 'Check the rows before importing')).toBeVisible();
}

/** Reloads the app and opens a draft's Recipients tab. */
async function reopenRecipients(page: Page, draftName: string) {
  await page.reload();
  await page
    .getByRole('list', { name: 'Campaign drafts' })
    .getByRole('button', { name: draftName, exact: true })
    .click();
  await page.getByRole('tab', { name: /Recipients/ }).click();
}

/** Clicks Export CSV; the file's suggested name and bytes. */
async function exportCsv(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await toolbar(page).getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** The recipients as saved on disk, once autosave has caught up with the editor. */
async function savedRecipients(page: Page, draftName?: string): Promise<StoredRecipient[]> {
  await expect(page.getByRole('status').filter({ hasText: /sav/i })).toHaveText(
    /All changes saved/,
  );
  return page.evaluate(async (name) => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const listed = await api.listDrafts({});
    if (!listed.ok) throw new Error(listed.error.message);
    const summary = listed.value.drafts.find((draft) => name === undefined || draft.name === name);
    if (!summary) throw new Error(`no draft ${name ?? ''}`);
    const draft = await api.getDraft({ id: summary.id });
    if (!draft.ok) throw new Error(draft.error.message);
    return draft.value.recipients;
  }, draftName);
}

test('a Polish semicolon file in Windows-1250 imports with its accents, local numbers and dates', async ({
  page,
}) => {
  await newDraft(page);
  const text = [
    'Telefon;Imię i nazwisko;Strefa czasowa;Nie dzwonić',
    '600 700 800;Żaneta Wójcik;Europe/Warsaw;24.12.2025',
    '601-234-567;"Łucja Zając; recepcja";europe/warsaw;',
  ].join('\r\n');
  await chooseFile(page, file('klienci.csv', legacy(text, 'windows-1250')));

  await expect(stepTitle(page, 'Check that the file reads right')).toBeFocused();
  await expect(wizard(page).getByLabel('Text encoding')).toHaveValue('windows-1250');
  await expect(wizard(page).getByLabel('Columns separated by')).toHaveValue(';');
  const preview = wizard(page).getByRole('region', { name: 'First rows of the file' });
  await expect(preview).toContainText('Żaneta Wójcik');
  await expect(preview).toContainText('Łucja Zając; recepcja');

  await wizard(page).getByRole('button', { name: 'Next: columns' }).click();
  await expect(targetOf(page, 'Telefon')).toHaveValue('phone_number');
  await expect(targetOf(page, 'Imię i nazwisko')).toHaveValue('contact_info.name');
  await expect(targetOf(page, 'Strefa czasowa')).toHaveValue('preferences.timezone');
  await expect(targetOf(page, 'Nie dzwonić')).toHaveValue('preferences.blackout_dates');
  await wizard(page).getByRole('button', { name: 'Next: check rows' }).click();
  await expect(wizard(page).locator('.import-summary')).toContainText('2 people to import');
  await wizard(page).getByRole('button', { name: 'Import 2 people' }).click();

  await expect(wizard(page)).toBeHidden();
  await expect(toast(page, 'Imported 2 people from “klienci.csv”.')).toBeVisible();
  await expect(summary(page)).toContainText('2 recipients · all ready');
  const saved = await savedRecipients(page);
  expect(
    saved.map(({ phone_number, contact_info, preferences }) => [
      phone_number,
      contact_info.name,
      preferences.timezone,
      preferences.blackout_dates,
    ]),
  ).toEqual([
    // Polish Excel saves a date cell as 24.12.2025.
    ['+48600700800', 'Żaneta Wójcik', 'Europe/Warsaw', ['2025-12-24']],
    ['+48601234567', 'Łucja Zając; recepcja', 'Europe/Warsaw', []],
  ]);

  // The whole import is one step of the editor's undo history.
  await toast(page, 'Imported 2 people').getByRole('button', { name: 'Undo' }).click();
  await expect(summary(page)).toContainText('No recipients yet');
  await toolbar(page).getByRole('button', { name: 'Redo' }).click();
  await expect(summary(page)).toContainText('2 recipients · all ready');

  // Someone already in the campaign is found however the number is written.
  await chooseFile(page, file('again.csv', utf8('Telefon\r\n+48 600-700-800\r\n')));
  await toResults(page);
  const repeats = wizard(page).locator('section', { hasText: 'Repeated phone numbers' });
  await expect(repeats.getByRole('row').nth(1)).toHaveText(
    '2+48600700800Someone already in this campaignLeft out',
  );
  await expect(wizard(page).getByRole('button', { name: 'Import 0 people' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(summary(page)).toContainText('2 recipients · all ready');
});

test('an Italian file with a byte order mark and “Cellulare” uses the campaign’s country', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByLabel('Country for numbers without a country code').selectOption('IT');
  await page.getByRole('tab', { name: /Recipients/ }).click();
  const text = 'Cellulare,Nome,Azienda\r\n347 123 4567,Niccolò Ferrari,Ottica Rossi\r\n';
  await chooseFile(page, file('contatti.csv', utf8(text, { bom: true })));

  await expect(wizard(page).getByLabel('Text encoding')).toHaveValue('utf-8');
  await expect(wizard(page)).toContainText('Marked in the file.');
  await expect(wizard(page).getByLabel('Columns separated by')).toHaveValue(',');
  await wizard(page).getByRole('button', { name: 'Next: columns' }).click();
  await expect(targetOf(page, 'Cellulare')).toHaveValue('phone_number');
  await expect(targetOf(page, 'Azienda')).toHaveValue('contact_info.company');
  await wizard(page).getByRole('button', { name: 'Next: check rows' }).click();
  await wizard(page).getByRole('button', { name: 'Import 1 person' }).click();

  const [saved] = await savedRecipients(page);
  expect(saved?.phone_number).toBe('+393471234567');
  expect(saved?.contact_info).toEqual({ name: 'Niccolò Ferrari', company: 'Ottica Rossi' });
});

test('rows with problems and repeated numbers are listed by row and column before importing', async ({
  page,
}, testInfo) => {
  await newDraft(page);
  const text = [
    'Phone Number,Name,Tags',
    '600700800,Anna Nowak,spring',
    '12,Bartek Bad,',
    '+48 600 700 800,Anna again,',
    ',,',
    '601 234 567,Piotr <b>Kowal</b>,vip|spring',
  ].join('\n');
  await chooseFile(page, file('list.csv', utf8(text)));
  // Cell contents are text, never markup.
  await expect(wizard(page).getByText('Piotr <b>Kowal</b>')).toBeVisible();
  await toResults(page);

  const results = wizard(page).locator('.import-summary');
  // Calling each number once is the default: the repeat is left out.
  await expect(results).toContainText('3 people to import');
  await expect(results).toContainText('1 row has problems');
  await expect(results).toContainText('1 empty row skipped');
  await expect(results).toContainText('1 row repeats a phone number · 1 left out');
  const problems = wizard(page).locator('section', { hasText: 'Rows with problems' });
  await expect(problems.getByRole('row').nth(1)).toContainText(/^3Phone Number.*short/);
  const repeats = wizard(page).locator('section', { hasText: 'Repeated phone numbers' });
  await expect(repeats.getByRole('row').nth(1)).toHaveText('4+48600700800Row 2Left out');
  await wizard(page).getByRole('button', { name: 'Back' }).click();
  await expect(stepTitle(page, 'Choose what each column holds')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('import-mapping-step.png') });
  await wizard(page).getByRole('button', { name: 'Next: check rows' }).click();

  await wizard(page).getByLabel('Import every row').check();
  await expect(results).toContainText('4 people to import');
  await expect(repeats.getByRole('row').nth(1)).toContainText('Imported');
  await wizard(page).getByLabel('Call each number once').check();
  await expect(results).toContainText('3 people to import');
  await expect(wizard(page).getByLabel('Call each number once')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('import-results-step.png') });
  await wizard(page).getByRole('button', { name: 'Import 3 people' }).click();

  // The row with a bad number is imported, flagged, and can be fixed in the editor.
  await expect(summary(page)).toContainText('3 recipients · 1 row needs attention');
  const saved = await savedRecipients(page);
  expect(saved.map((row) => row.phone_number)).toEqual(['+48600700800', '12', '+48601234567']);
  expect(saved[2]?.metadata.tags).toEqual(['vip', 'spring']);
});

test('a column can fill an agent variable, and the mapping is remembered for the next file', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByLabel('Search agents').fill('Salon');
  await page
    .getByRole('list', { name: 'Agents to choose from' })
    .getByRole('button', { name: 'Salon Bella – umawianie wizyt' })
    .click();
  await expect(page.getByLabel('Notes for agent')).toBeVisible();
  await page.getByRole('tab', { name: /Recipients/ }).click();

  const first = 'Telefon,Imię,Uwagi\r\n600700800,Anna,Woli rano\r\n';
  await chooseFile(page, file('wizyty.csv', utf8(first)));
  await wizard(page).getByRole('button', { name: 'Next: columns' }).click();
  // Not recognised: kept as a custom field under its own name until the person says otherwise.
  await expect(targetOf(page, 'Uwagi')).toHaveValue('custom');
  await expect(wizard(page).getByLabel('Custom field name for “Uwagi”')).toHaveValue('Uwagi');
  await targetOf(page, 'Uwagi').selectOption({ label: 'Notes for agent' });
  await expect(wizard(page).getByLabel('Custom field name for “Uwagi”')).toBeHidden();
  await expect(wizard(page)).toContainText('No column fills in “Place name”');
  await wizard(page).getByRole('button', { name: 'Next: check rows' }).click();
  await wizard(page).getByRole('button', { name: 'Import 1 person' }).click();
  const [saved] = await savedRecipients(page);
  expect(saved?.variables).toEqual({ _notes_for_agent_: 'Woli rano' });

  // Same headings in another order and spelling: last time's choices come back.
  const second = 'UWAGI;telefon;imie\r\nOddzwonić po 17;601234567;Piotr\r\n';
  await chooseFile(page, file('wizyty-2.csv', utf8(second)));
  await wizard(page).getByRole('button', { name: 'Next: columns' }).click();
  await expect(wizard(page)).toContainText('Set up the way you chose last time');
  await expect(targetOf(page, 'UWAGI')).toHaveValue('variables._notes_for_agent_');
  await wizard(page).getByRole('button', { name: 'Use suggested choices' }).click();
  await expect(targetOf(page, 'UWAGI')).toHaveValue('custom');
  await page.keyboard.press('Escape');
  await expect(wizard(page)).toBeHidden();
  await expect(summary(page)).toContainText('1 recipient');
});

test('files that are not spreadsheets get a plain message, and another file can be chosen', async ({
  page,
}) => {
  await newDraft(page);
  const xlsx = Uint8Array.from([
    0x50,
    0x4b,
    0x03,
    0x04,
    ...new TextEncoder().encode('\u0014\u0000\u0006\u0000[Content_Types].xml xl/workbook.xml'),
  ]);
  await chooseFile(
    page,
    file('list.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  );
  await expect(stepTitle(page, 'This file can’t be imported')).toBeFocused();
  await expect(wizard(page).getByRole('alert')).toHaveText(/^This looks like an Excel \.xlsx file/);

  await wizard(page)
    .locator('input[type="file"]')
    .setInputFiles(file('empty.csv', new Uint8Array()));
  await expect(wizard(page).getByRole('alert')).toHaveText('This file is empty.');
  await wizard(page)
    .locator('input[type="file"]')
    .setInputFiles(file('headings.csv', utf8('Phone,Name\r\n')));
  await expect(wizard(page).getByRole('alert')).toContainText(
    'This file has column headings (Phone, Name) but no rows of people below them.',
  );
  await wizard(page)
    .locator('input[type="file"]')
    .setInputFiles(
      file('quotes.csv', utf8('Phone,Name\r\n600700800,"Anna\r\n601234567,Piotr\r\n')),
    );
  await expect(wizard(page).getByRole('alert')).toContainText(
    'quote mark (") that is never closed',
  );

  await wizard(page)
    .locator('input[type="file"]')
    .setInputFiles(file('good.csv', utf8('Phone,Name\r\n600700800,Anna\r\n')));
  await expect(wizard(page)).toHaveAccessibleName('Import “good.csv”');
  await expect(stepTitle(page, 'Check that the file reads right')).toBeVisible();
  await wizard(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard(page)).toBeHidden();
  await expect(summary(page)).toContainText('No recipients yet');
});

test('a file dropped on the recipient list opens the import', async ({ page }) => {
  await newDraft(page);
  await page.locator('.recipient-editor').evaluate((editor) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Phone;Name\n600700800;Anna\n'], 'dropped.csv', { type: '' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      editor.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  });
  await expect(wizard(page)).toHaveAccessibleName('Import “dropped.csv”');
  await toResults(page);
  await wizard(page).getByRole('button', { name: 'Import 1 person' }).click();
  await expect(summary(page)).toContainText('1 recipient · all ready');
});

test('a big file shows its progress in rows and can be cancelled while read or checked', async ({
  page,
}) => {
  await newDraft(page);
  const lines = ['Telefon;Imię i nazwisko;Firma;Tagi'];
  for (let index = 0; index < 400_000; index++) {
    lines.push(`6${String(index).padStart(8, '0')};Osoba ${index};Firma ${index % 97};a|b`);
  }
  const big = file('duzy.csv', utf8(lines.join('\r\n')));

  await chooseFile(page, big);
  await expect(wizard(page).getByText('Reading the file…')).toBeVisible();
  await expect(wizard(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(wizard(page).getByText(/[\d,]+ rows so far/)).toBeVisible();
  await wizard(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard(page)).toBeHidden();

  await chooseFile(page, big);
  await expect(stepTitle(page, 'Check that the file reads right')).toBeVisible({ timeout: 30_000 });
  await expect(wizard(page)).toContainText('400,000 rows');
  await wizard(page).getByRole('button', { name: 'Next: columns' }).click();
  await wizard(page).getByRole('button', { name: 'Next: check rows' }).click();
  await expect(wizard(page).getByText(/of 400,000 rows/)).toBeVisible();
  await wizard(page).getByRole('button', { name: 'Cancel' }).first().click();
  await expect(stepTitle(page, 'Choose what each column holds')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wizard(page)).toBeHidden();
  await expect(summary(page)).toContainText('No recipients yet');
});

test('a list too big to check on the spot is shown as being checked, never as ready, until it is', async ({
  page,
}) => {
  await newDraft(page);
  const lines = ['Telefon;Imię i nazwisko'];
  for (let index = 0; index < 3000; index++) {
    // Every hundredth number is too short to call.
    lines.push(
      `${index % 100 === 99 ? '12' : `6${String(index).padStart(8, '0')}`};Osoba ${index}`,
    );
  }
  await chooseFile(page, file('klienci.csv', utf8(lines.join('\r\n'))));
  await toResults(page);
  // Every text the summary shows from here on.
  await summary(page).evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { summaryTexts: string[] }).summaryTexts = seen;
    new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await wizard(page).getByRole('button', { name: 'Import 3,000 people' }).click();

  await expect(summary(page)).toContainText('3,000 recipients · 30 rows need attention');
  const shown = await page.evaluate(
    () => (window as unknown as { summaryTexts: string[] }).summaryTexts,
  );
  expect(shown).toContain('Checking 3,000 recipients…');
  expect(shown.filter((text) => text.includes('all ready'))).toEqual([]);

  // Saved in pieces (a list this long is), and all there when the campaign is opened again.
  await expect(page.getByRole('status').filter({ hasText: /sav/i })).toHaveText(
    /All changes saved/,
  );
  await reopenRecipients(page, 'Untitled campaign');
  await expect(summary(page)).toContainText('3,000 recipients · 30 rows need attention');
});

test('an export gives back the headings of the file the people were imported from', async ({
  page,
}) => {
  await newDraft(page);
  const text = [
    'Telefon;Imię i nazwisko;Strefa czasowa;Sklep',
    '600 700 800;Żaneta Wójcik;Europe/Warsaw;12',
    '601 234 567;Łucja Zając;Europe/Warsaw;3',
  ].join('\r\n');
  await chooseFile(page, file('klienci.csv', utf8(text)));
  await toResults(page);
  await wizard(page).getByRole('button', { name: 'Import 2 people' }).click();
  await expect(summary(page)).toContainText('2 recipients · all ready');
  await savedRecipients(page);

  // Remembered with the draft, not the page.
  await reopenRecipients(page, 'Untitled campaign');
  const exported = (await exportCsv(page)).bytes.toString('utf8');
  expect(exported.split('\r\n').slice(0, 3)).toEqual([
    '\uFEFFTelefon,Imię i nazwisko,Strefa czasowa,Sklep',
    '+48600700800,Żaneta Wójcik,Europe/Warsaw,12',
    '+48601234567,Łucja Zając,Europe/Warsaw,3',
  ]);
});

test('the recipients export as CSV with a byte order mark, safe cells, and import back the same', async ({
  page,
}) => {
  await page.evaluate(async () => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const created = await api.createDraft({ name: 'Wiosna: promocja' });
    if (!created.ok) throw new Error(created.error.message);
    const { id, revision, agent, phoneNumber, defaultCountry, variables, schedule } = created.value;
    const recipients: StoredRecipient[] = [
      {
        id: 'a',
        phone_number: '+48600700800',
        contact_info: { name: "=cmd|' /C calc'!A0", company: 'Kwiaciarnia "Róża", Kraków' },
        preferences: {
          language: 'pl',
          timezone: 'Europe/Warsaw',
          best_call_times: ['09:00-12:00', '14:00-17:00'],
          blackout_dates: [],
        },
        metadata: { priority: 'high', tags: ['spring', 'vip'], custom_fields: { Konto: '1,5' } },
        variables: { _notes_for_agent_: 'Line one\nline two' },
      },
      {
        id: 'b',
        phone_number: '+393471234567',
        contact_info: { name: 'Giulia Bianchi' },
        preferences: { best_call_times: [], blackout_dates: [] },
        metadata: { tags: [], custom_fields: {} },
        variables: {},
      },
    ];
    const content = { name: 'Wiosna: promocja', agent, phoneNumber, defaultCountry, variables };
    const saved = await api.saveDraft({
      id,
      baseRevision: revision,
      content: { ...content, schedule, recipients },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const copy = await api.createDraft({ name: 'Copy' });
    if (!copy.ok) throw new Error(copy.error.message);
  });
  await page.reload();
  const drafts = page.getByRole('list', { name: 'Campaign drafts' });
  await drafts.getByRole('button', { name: 'Wiosna: promocja', exact: true }).click();
  const original = await savedRecipients(page, 'Wiosna: promocja');

  // Already as wide as "Exporting… 100%", so the toolbar doesn't shift while a big list exports.
  const button = toolbar(page).getByRole('button', { name: 'Export CSV', exact: true });
  const { buttonWidth, labelWidth } = await button.evaluate((element) => {
    const probe = document.createElement('span');
    probe.textContent = 'Exporting… 100%';
    probe.style.font = getComputedStyle(element).font;
    probe.style.fontVariantNumeric = 'tabular-nums';
    document.body.append(probe);
    const label = probe.getBoundingClientRect().width;
    probe.remove();
    const style = getComputedStyle(element);
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return { buttonWidth: element.getBoundingClientRect().width - padding, labelWidth: label };
  });
  expect(buttonWidth).toBeGreaterThanOrEqual(labelWidth - 0.5);

  const { name, bytes } = await exportCsv(page);
  expect(name).toBe('Wiosna promocja recipients.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const [heading] = text.split('\r\n');
  expect(heading).toBe(
    'Phone number,Name,Company,Language,Time zone,Best call times,Priority,Tags,Konto,variables._notes_for_agent_',
  );
  // A spreadsheet app would run this cell as a formula; the apostrophe makes it text.
  expect(text).toContain(`,'=cmd|' /C calc'!A0,`);
  expect(text).toContain('+48600700800,');

  await reopenRecipients(page, 'Copy');
  await chooseFile(page, file(name, bytes));
  await toResults(page);
  await wizard(page).getByRole('button', { name: 'Import 2 people' }).click();
  const copied = await savedRecipients(page, 'Copy');
  const withoutIds = (rows: StoredRecipient[]) => rows.map(({ id: _id, ...rest }) => rest);
  expect(withoutIds(copied)).toEqual(withoutIds(original));
});
