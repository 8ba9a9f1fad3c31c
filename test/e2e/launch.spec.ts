import type { Locator, Page } from '@playwright/test';
import type { CallsheetBridge } from '../../shared/contract';
import type { DraftSchedule } from '../../shared/domain/drafts/draft';
import type { BatchView } from '../../shared/domain/results';
import { formatLocalStart } from '../../renderer/src/features/launch/local-start';
import { expect, test } from './support/fixtures';

const SALON_AGENT = {
  id: 'agent_nuiikgxxarimsrmtsuci2j2dga',
  name: 'Salon Bella – umawianie wizyt',
};
const SALON_NUMBER = {
  id: 'phnum_94jy1ysgjimzqfrfkcmhxri31x',
  label: 'Salon Bella – Warszawa',
  number: '+48223076512',
};

interface Person {
  id: string;
  name: string;
  phone: string;
  timezone?: string;
  language?: string;
  custom?: Record<string, string>;
}

// The sandbox decides each call's outcome from the number: +48600700800 answers.
const SALON_CLIENTS: Person[] = [
  { id: 'anna', name: 'Anna Nowak', phone: '+48600700800' },
  {
    id: 'jan',
    name: 'Jan Kowalski',
    phone: '+48600700801',
    custom: { Notatki: 'Woli wizyty rano' },
  },
  {
    id: 'ewa',
    name: 'Ewa Wiśniewska',
    phone: '+48600700802',
    // Her own first message needs a value the agent itself does not use.
    custom: { first_message: 'Dzień dobry, {{imie}}! Tu salon {{_place_name_}}.' },
  },
  { id: 'piotr', name: 'Piotr Zieliński', phone: '+48600700803' },
  {
    id: 'maria',
    name: 'Maria Lewandowska',
    phone: '+48600700804',
    custom: { first_message: 'Dzień dobry, {{imie}}!' },
  },
];

const label = (person: Person) => `${person.name} · ${person.phone}`;
const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /sav/i });
const drafts = (page: Page) => page.getByRole('list', { name: 'Campaign drafts' });

function person(id: string): Person {
  const found = SALON_CLIENTS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no person ${id}`);
  return found;
}

/**
 * Gives a saved draft these recipients (and, when given, its agent, number and schedule) through
 * the bridge, as an import would; the editor must not have it open.
 */
async function seedDraft(
  page: Page,
  name: string,
  people: Person[],
  extra: { caller?: boolean; schedule?: DraftSchedule } = {},
): Promise<string> {
  return page.evaluate(
    async ({ name, people, extra, agent, phoneNumber }) => {
      const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
      const list = await api.listDrafts({});
      if (!list.ok) throw new Error(list.error.message);
      const summary = list.value.drafts.find((draft) => draft.name === name);
      const found = summary
        ? await api.getDraft({ id: summary.id })
        : await api.createDraft({ name });
      if (!found.ok) throw new Error(found.error.message);
      const { id, revision, agent: chosenAgent, phoneNumber: chosenNumber } = found.value;
      const { defaultCountry, variables, schedule, bindings } = found.value;
      const recipients = people.map((person) => ({
        id: person.id,
        phone_number: person.phone,
        contact_info: { name: person.name },
        preferences: {
          best_call_times: [],
          blackout_dates: [],
          ...(person.timezone ? { timezone: person.timezone } : {}),
          ...(person.language ? { language: person.language } : {}),
        },
        metadata: { tags: [], custom_fields: person.custom ?? {} },
        variables: {},
      }));
      const saved = await api.saveDraft({
        id,
        baseRevision: revision,
        content: {
          name,
          agent: extra.caller ? agent : chosenAgent,
          phoneNumber: extra.caller ? phoneNumber : chosenNumber,
          defaultCountry,
          variables,
          schedule: extra.schedule ?? schedule,
          bindings,
          recipients,
        },
      });
      if (!saved.ok) throw new Error(saved.error.message);
      return id;
    },
    { name, people, extra, agent: SALON_AGENT, phoneNumber: SALON_NUMBER },
  );
}

/** Every batch the campaign produced, as the Monitor sees it. */
async function batchesOf(page: Page, draftId: string): Promise<BatchView[]> {
  return page.evaluate(async (draftId) => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const list = await api.listBatches({});
    if (!list.ok) throw new Error(list.error.message);
    const views: BatchView[] = [];
    for (const batch of list.value.batches) {
      if (batch.campaign?.draftId !== draftId) continue;
      const view = await api.getBatchView({ batchId: batch.id });
      if (!view.ok) throw new Error(view.error.message);
      views.push(view.value);
    }
    return views;
  }, draftId);
}

async function openLaunchTab(page: Page, name: string) {
  await drafts(page).getByRole('button', { name, exact: true }).click();
  await page.getByRole('tab', { name: 'Launch' }).click();
}

const valueRow = (page: Page, name: RegExp) =>
  page.getByRole('table', { name: 'Values the agent needs' }).getByRole('row', { name });

async function fillAndEnter(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

test('checks the values, previews, places a test call and launches into the sandbox', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);

  // A campaign made in the editor: its agent and number chosen by name.
  await page.getByRole('button', { name: 'New campaign' }).click();
  await fillAndEnter(page.getByLabel('Campaign name'), 'Wiosna w salonie');
  await page.getByLabel('Search agents').fill('Salon');
  await page
    .getByRole('list', { name: 'Agents to choose from' })
    .getByRole('button', { name: SALON_AGENT.name })
    .click();
  await page
    .getByLabel('Call from')
    .selectOption({ label: `${SALON_NUMBER.label} — ${SALON_NUMBER.number} (Twilio)` });
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  await page.getByRole('button', { name: '← All campaigns' }).click();
  const draftId = await seedDraft(page, 'Wiosna w salonie', SALON_CLIENTS);
  await openLaunchTab(page, 'Wiosna w salonie');

  // 1. The variable check: where each value comes from, and who lacks one.
  await expect(valueRow(page, /Place name/)).toContainText('Agent’s default “Salon Bella”');
  await expect(valueRow(page, /Place name/)).toContainText('Everyone has one');
  await expect(valueRow(page, /Notes for agent/)).toContainText('Agent’s default');
  const missing = page.getByRole('region', { name: 'People missing a value' });
  await expect(missing).toContainText('2 people are missing a value');
  await expect(missing).toContainText(`${label(person('ewa'))}needs Imie`);
  await expect(missing).toContainText(`${label(person('maria'))}needs Imie`);
  const launchButton = page.getByRole('button', { name: 'Launch campaign…' });
  await expect(launchButton).toBeDisabled();
  await expect(page.getByRole('region', { name: 'Before you can launch' })).toContainText(
    '2 people are missing a value the agent needs (step 1).',
  );
  await page.screenshot({ path: testInfo.outputPath('variable-check.png'), fullPage: true });

  // Bind a placeholder to a spreadsheet column.
  await page.getByLabel('Recipient field for Notes for agent').selectOption({ label: 'Notatki' });
  await expect(valueRow(page, /Notes for agent/)).toContainText(
    '1 from the field “Notatki” · 4 from the agent’s default',
  );

  // Fix one person in the editor; leave the other out.
  await missing.getByRole('button', { name: `Fix in editor: ${label(person('ewa'))}` }).click();
  const details = page.getByRole('complementary', { name: 'Ewa Wiśniewska' });
  await details.getByRole('button', { name: '+ Add a value' }).click();
  await fillAndEnter(details.getByLabel('New name'), 'imie');
  await fillAndEnter(details.getByLabel('Imie', { exact: true }), 'Ewa');
  await page.getByRole('tab', { name: 'Launch' }).click();
  await expect(missing).toContainText('One person is missing a value');
  await missing
    .getByRole('button', { name: `Leave out of this launch: ${label(person('maria'))}` })
    .click();
  await expect(
    page.getByText('Everyone to be called has every value the agent needs.'),
  ).toBeVisible();
  await expect(page.getByText('One person is left out of this launch.')).toBeVisible();

  // 2. The first message with a chosen person's values.
  const preview = page.locator('.first-message.preview');
  await page.getByLabel('Fill in the values of').selectOption({ label: label(person('ewa')) });
  await expect(preview).toHaveText('Dzień dobry, Ewa! Tu salon Salon Bella.');
  await page.getByLabel('Fill in the values of').selectOption({ label: label(person('maria')) });
  await expect(preview.locator('.preview__missing')).toHaveText('‹Imie is missing›');

  // 3. A test call to a typed number, followed to its end.
  await page.getByLabel('Number to call').fill('600 700 800');
  await page.getByLabel('With the values of').selectOption({ label: label(person('anna')) });
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  await page.getByRole('button', { name: 'Call me now' }).click();
  const testCall = page.getByRole('region', { name: 'Test call', exact: true });
  await expect(testCall).toContainText('Test call to +48600700800');
  await expect(testCall).toContainText(/Conversation ID: \S+/);
  await expect(testCall.getByRole('status')).toContainText(/Ringing|On the call|ended/);
  await expect(testCall.getByRole('status')).toContainText('The call is over.', {
    timeout: 60_000,
  });
  await expect(testCall.getByRole('region', { name: 'Summary' })).not.toBeEmpty();
  await expect(testCall.getByRole('region', { name: 'Transcript' })).toContainText('Agent');
  await page.screenshot({ path: testInfo.outputPath('test-call.png'), fullPage: true });

  // 6. The do-not-call list: one number from a recipient, one by hand, a file with a bad line.
  await page.getByRole('tab', { name: /Recipients/ }).click();
  // Ewa's details are still open from fixing her; they cover the row's status.
  await page.getByRole('button', { name: 'Close details' }).click();
  await page
    .getByRole('grid', { name: 'Recipients' })
    .getByRole('row', { name: 'Row 4', exact: true })
    .getByRole('button', { name: /details for row 4/ })
    .click();
  const piotr = page.getByRole('complementary', { name: 'Piotr Zieliński' });
  await piotr.getByRole('button', { name: 'Add to do-not-call list' }).click();
  await expect(piotr).toContainText('This number is on the do-not-call list');

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dnc = page.getByRole('region', { name: 'Do-not-call list' });
  const numbers = dnc.getByRole('table', { name: 'Numbers never to call' });
  await expect(numbers.getByRole('row', { name: /\+48600700803/ })).toContainText(
    'Piotr Zieliński',
  );
  await dnc.getByLabel('Phone number').fill('+39 02 1234 5678');
  await dnc.getByLabel('Note (optional)').fill('Asked not to be called');
  await dnc.getByRole('button', { name: 'Add to the list' }).click();
  await expect(dnc.getByRole('status')).toHaveText('Added to the list.');
  await expect(numbers.getByRole('row', { name: /\+390212345678/ })).toContainText(
    'Asked not to be called',
  );
  await dnc.getByLabel('File of numbers to import').setInputFiles({
    name: 'blocked.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('phone,note\n+48 600 700 805,Complained\nnot a number,??\n'),
  });
  await expect(dnc.getByRole('status')).toHaveText('From blocked.csv: 1 number added.');
  await expect(dnc.getByRole('list', { name: 'Lines not added' })).toContainText(
    'Line 3: “not a number” contains letters.',
  );
  await dnc.getByRole('button', { name: 'Remove +48600700805 from the list' }).click();
  await expect(numbers).not.toContainText('+48600700805');
  await expect(numbers.getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('do-not-call.png'), fullPage: true });

  // 4. The plan and the estimate, with the do-not-call exclusion counted.
  await page.getByRole('button', { name: 'Campaigns', exact: true }).click();
  await page.getByRole('tab', { name: 'Launch' }).click();
  await page.getByLabel('Average call length, in minutes').fill('1');
  await page.getByLabel('Price per call minute (optional)').fill('0,10');
  const estimate = page.getByLabel('Estimate', { exact: true });
  await expect(estimate).toContainText(
    `3 calls with the agent “${SALON_AGENT.name}”, from ${SALON_NUMBER.label} (${SALON_NUMBER.number}).`,
  );
  await expect(estimate).toContainText(
    'About 3 call minutes, costing about 0.30 at 0.10 a minute.',
  );
  await expect(estimate).toContainText('Do-not-call list: 1 person left out.');
  await expect(page.getByText('Calls start as soon as you confirm the launch.')).toBeVisible();

  // 5. Launch, behind a confirmation that says exactly what happens.
  await expect(launchButton).toBeEnabled();
  await launchButton.click();
  const dialog = page.getByRole('dialog', { name: 'Launch “Wiosna w salonie”?' });
  await expect(dialog).toContainText(`3 calls with the agent “${SALON_AGENT.name}”`);
  await expect(dialog).toContainText('Calls start as soon as you confirm');
  await expect(dialog).toContainText(
    '2 people on the list will not be called: 1 left out by you, 1 on the do-not-call list.',
  );
  await page.screenshot({ path: testInfo.outputPath('confirm-dialog.png') });
  await dialog.getByRole('button', { name: 'Launch 3 calls' }).click();

  await expect(page.getByRole('heading', { name: 'Launched', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Duplicate as new draft' })).toBeVisible();
  await expect(page.getByText('Launched — read-only')).toBeVisible();
  const sent = page.getByRole('table', { name: 'Batches sent' });
  await expect(sent).toContainText('Wiosna w salonie');
  await expect(sent.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('launched.png'), fullPage: true });

  const [batch, ...others] = await batchesOf(page, draftId);
  expect(others).toHaveLength(0);
  const called = new Map(batch?.recipients.map((call) => [call.phoneNumber, call]));
  expect([...called.keys()].sort()).toEqual(['+48600700800', '+48600700801', '+48600700802']);
  expect(called.get('+48600700801')?.dynamicVariables).toEqual({
    _place_name_: 'Salon Bella',
    _notes_for_agent_: 'Woli wizyty rano',
  });
  expect(called.get('+48600700802')?.dynamicVariables).toEqual({
    _place_name_: 'Salon Bella',
    _notes_for_agent_: 'Brak dodatkowych notatek.',
    imie: 'Ewa',
  });

  await page.getByRole('button', { name: 'Watch it live' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wiosna w salonie' })).toBeVisible();
});

test('plans calling hours across time zones as several scheduled batches', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const people: Person[] = [
    { id: 'w1', name: 'Ola Wrona', phone: '+48600700811', timezone: 'Europe/Warsaw' },
    { id: 'w2', name: 'Adam Sowa', phone: '+48600700812', timezone: 'Europe/Warsaw' },
    { id: 'n1', name: 'Mary Smith', phone: '+12125550143', timezone: 'America/New_York' },
    { id: 'n2', name: 'John Brown', phone: '+12125550187', timezone: 'America/New_York' },
    { id: 't1', name: 'Yuki Sato', phone: '+81312345678', timezone: 'Asia/Tokyo' },
    { id: 't2', name: 'Ken Ito', phone: '+81312345679', timezone: 'Asia/Tokyo' },
  ];
  const draftId = await seedDraft(page, 'Calling hours', people, {
    caller: true,
    schedule: {
      kind: 'windows',
      timezone: 'Europe/Warsaw',
      callingHours: ['09:00-11:00'],
      allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
      blackoutDates: [],
    },
  });
  await page.reload();
  await openLaunchTab(page, 'Calling hours');

  const plan = page.getByRole('table', { name: 'Batches of calls' });
  await expect(page.getByText('Calls go out in 3 batches, each inside')).toBeVisible();
  await expect(plan.getByRole('row')).toHaveCount(4);

  // One call at a time of two hours fits one person in each window: the rest move on.
  await page.getByLabel('Calls at the same time (optional)').fill('1');
  await page.getByLabel('Average call length, in minutes').fill('120');
  await expect(page.getByText('Calls go out in 6 batches, each inside')).toBeVisible();
  const warnings = page.getByRole('region', { name: 'Plan warnings' });
  await expect(warnings).toContainText('1 person does not fit into the window starting');
  await expect(warnings.getByRole('listitem')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('calling-hours-plan.png'), fullPage: true });

  const rows = await plan
    .getByRole('row')
    .evaluateAll((all) =>
      all.slice(1).map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
    );
  expect(rows).toHaveLength(6);
  for (const row of rows) expect(row[2]).toBe('09:00-11:00');

  await page.getByRole('button', { name: 'Launch campaign…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Launch “Calling hours”?' });
  await expect(dialog).toContainText('Calls go out in 6 batches');
  await expect(
    dialog.getByRole('list', { name: 'When each batch starts' }).getByRole('listitem'),
  ).toHaveCount(6);
  await page.screenshot({ path: testInfo.outputPath('calling-hours-confirm.png') });
  await dialog.getByRole('button', { name: 'Launch 6 calls' }).click();
  await expect(page.getByRole('table', { name: 'Batches sent' }).getByRole('row')).toHaveCount(7);

  // Each batch exists with the start time and zone the plan showed, and its people.
  const batches = await batchesOf(page, draftId);
  expect(batches).toHaveLength(6);
  const shown = rows.map((row) => row[1]).sort();
  const submitted = batches
    .map(
      ({ batch }) =>
        `${formatLocalStart('en', batch.scheduledAt, batch.timezone ?? '')} (${batch.timezone})`,
    )
    .sort();
  expect(submitted).toEqual(shown);
  for (const { batch, recipients } of batches) {
    expect(batch.status).toBe('pending');
    expect(recipients).toHaveLength(1);
    const phone = recipients[0]?.phoneNumber;
    expect(people.find((candidate) => candidate.phone === phone)?.timezone).toBe(batch.timezone);
  }
});

test('explains a per-person change the agent does not allow, before anything is sent', async ({
  page,
}, testInfo) => {
  await seedDraft(
    page,
    'Mixed languages',
    [
      { id: 'a', name: 'Anna Nowak', phone: '+48600700821' },
      { id: 'b', name: 'Giulia Bianchi', phone: '+393471234567', language: 'it' },
    ],
    { caller: true },
  );
  await page.reload();
  await openLaunchTab(page, 'Mixed languages');
  await expect(
    page.getByRole('region', { name: 'Changes the agent does not allow' }),
  ).toContainText(
    "1 person has a language (Italian) other than the agent's (Polish), but the agent does not allow a per-person language",
  );
  await expect(page.getByRole('region', { name: 'Before you can launch' })).toContainText(
    'Some people have changes the agent does not allow (step 1).',
  );
  await expect(page.getByRole('button', { name: 'Launch campaign…' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('disallowed-override.png') });
});
