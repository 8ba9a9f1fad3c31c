import { expect, test, type Page } from '@playwright/test';
import type { CallsheetBridge } from '../../shared/contract';
import { startHostProcess, type HostProcess } from './support/host-process';

// Calls in the sandbox ring and talk for tens of seconds; ten times faster they still go through
// every stage (calling, in conversation, analysis) while the runner follows them.
const TIME_SCALE = 10;
const RUN_TIMEOUT = 60_000;

const SALON_AGENT = 'agent_nuiikgxxarimsrmtsuci2j2dga';
const SALON_NUMBER = 'phnum_94jy1ysgjimzqfrfkcmhxri31x';
const NOTES = 'Umów strzyżenie damskie na jutro na 18:00, na nazwisko Nowak.';
const BOOKED = 'Booked a haircut at Studio Anna tomorrow at 18:00 for Ms Nowak.';

const SALONS = [
  { name: 'Salon Bella', typed: '600 100 201', number: '+48600100201' },
  { name: 'Studio Anna', typed: '600 100 202', number: '+48600100202' },
  { name: 'Fryzjer Kasia', typed: '+48 600 100 203', number: '+48600100203' },
] as const;

let host: HostProcess;

test.afterEach(async () => {
  await host.stop();
});

async function open(page: Page, options: Parameters<typeof startHostProcess>[0] = {}) {
  host = await startHostProcess({ sandboxTimeScale: TIME_SCALE, ...options });
  await page.goto(host.url);
}

async function sandboxControl(path: string, init: RequestInit = {}): Promise<unknown> {
  if (!host.sandboxUrl || !host.sandboxApiKey) throw new Error('the host has no sandbox');
  const response = await fetch(`${host.sandboxUrl}/__sandbox${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', 'xi-api-key': host.sandboxApiKey },
  });
  if (!response.ok) throw new Error(`sandbox refused ${path}: ${await response.text()}`);
  return response.json();
}

/** How each salon's call ends: the first has nothing free, the second books, the third would. */
async function scriptSalons(anna: Record<string, unknown> = {}) {
  await sandboxControl('/outcomes', {
    method: 'POST',
    body: JSON.stringify([
      {
        phoneNumber: SALONS[0].number,
        status: 'completed',
        callSuccessful: 'failure',
        durationSecs: 20,
        summary: 'Salon Bella has no free slots tomorrow evening.',
      },
      {
        phoneNumber: SALONS[1].number,
        status: 'completed',
        callSuccessful: 'success',
        durationSecs: 20,
        summary: BOOKED,
        dataCollection: { wizyta_umowiona: true },
        ...anna,
      },
      { phoneNumber: SALONS[2].number, status: 'completed', callSuccessful: 'success' },
    ]),
  });
}

/** How many calls the sandbox got for each salon, in the list's order. */
async function callsPerSalon(): Promise<number[]> {
  const { outcomes } = (await sandboxControl('/outcomes')) as {
    outcomes: Array<{ phoneNumber: string; hits: number }>;
  };
  return SALONS.map(
    (salon) => outcomes.find((outcome) => outcome.phoneNumber === salon.number)?.hits ?? 0,
  );
}

const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /sav/i });
const place = (page: Page, position: number) =>
  page.getByRole('group', { name: `Place ${position}`, exact: true });
const runPanel = (page: Page) => page.getByRole('region', { name: /^(Run|Latest run)$/ });
const calls = (page: Page) => runPanel(page).getByRole('list', { name: 'Calls made' });
const call = (page: Page, position: number, name: string) =>
  calls(page).getByRole('listitem', { name: `Call ${position}: ${name}` });

async function addPlace(page: Page, position: number, name: string, phone: string) {
  await page.getByRole('button', { name: '+ Add a place' }).click();
  const fields = place(page, position);
  // The new place's name field takes focus, so typing can start at once.
  await expect(fields.getByLabel('Name')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await fields.getByLabel('Phone number').fill(phone);
  await fields.getByLabel('Phone number').press('Enter');
}

test('a task calls its places in turn: the first cannot help, the second books, the third is never called', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await open(page);
  await scriptSalons();

  await page.getByRole('button', { name: 'Tasks' }).click();
  await expect(page.getByRole('heading', { name: 'No tasks yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New task' }).click();

  const name = page.getByLabel('Task name');
  await name.fill('Haircut tomorrow');
  await name.press('Enter');
  // A new task says what it still needs before it can run.
  const blockers = page.getByRole('region', { name: 'Before this task can run' });
  await expect(blockers).toContainText('Choose the agent that makes the calls.');
  await expect(blockers).toContainText('Add at least one place to call.');
  await expect(page.getByRole('button', { name: 'Run task' })).toBeDisabled();

  await page.getByLabel('Notes for the agent').fill(NOTES);
  await page.getByLabel('Search agents').fill('Salon');
  await page
    .getByRole('list', { name: 'Agents to choose from' })
    .getByRole('button', { name: 'Salon Bella – umawianie wizyt' })
    .click();
  await page
    .getByLabel('Call from')
    .selectOption({ label: 'Salon Bella – Warszawa — +48223076512 (Twilio)' });

  // Numbers are read with the task's country, as recipients' are; a bad one is said inline.
  await addPlace(page, 1, SALONS[0].name, SALONS[0].typed);
  await expect(place(page, 1).getByLabel('Phone number')).toHaveValue(SALONS[0].number);
  await addPlace(page, 2, SALONS[2].name, SALONS[2].typed);
  await addPlace(page, 3, SALONS[1].name, '600 100');
  await expect(place(page, 3)).toContainText('“600 100” is not a valid phone number for Poland.');
  await expect(blockers).toContainText(
    'Place 3 (Studio Anna): “600 100” is not a valid phone number for Poland.',
  );
  await expect(page.getByRole('button', { name: 'Run task' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('task-editor-problem.png'), fullPage: true });
  await place(page, 3).getByLabel('Phone number').fill(SALONS[1].typed);
  await place(page, 3).getByLabel('Phone number').press('Enter');
  await expect(place(page, 3).getByLabel('Phone number')).toHaveValue(SALONS[1].number);

  // Reordered from the keyboard: Studio Anna goes before Fryzjer Kasia, focus going along.
  await page.getByRole('button', { name: 'Move Studio Anna up' }).focus();
  await page.keyboard.press('Enter');
  await expect(place(page, 2).getByLabel('Name')).toHaveValue('Studio Anna');
  await expect(place(page, 3).getByLabel('Name')).toHaveValue('Fryzjer Kasia');
  await expect(page.getByRole('button', { name: 'Move Studio Anna up' })).toBeFocused();

  // The agent's values, checked as the campaign launch checks them: the task fills both.
  const values = page.getByRole('table', { name: 'Values the agent needs' });
  const notesRow = values.getByRole('row', { name: /_notes_for_agent_/ });
  await expect(notesRow).toContainText('Task: Notes for the agent');
  await expect(notesRow).toContainText('Every place has one');
  const placeRow = values.getByRole('row', { name: /_place_name_/ });
  await expect(placeRow).toContainText('Task: Place name');
  await expect(placeRow).toContainText('Every place has one');
  await expect(page.getByLabel('Call the next place automatically')).toBeChecked();

  await expect(blockers).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  await page.screenshot({ path: testInfo.outputPath('task-editor.png'), fullPage: true });

  await page.getByRole('button', { name: 'Run task' }).click();
  await expect(runPanel(page).getByRole('status')).toHaveText(
    /(Calling|In conversation with) Salon Bella \(place 1 of 3\)/,
  );
  await expect(call(page, 1, 'Salon Bella')).toContainText(/conv_[a-z0-9]+/);
  // Stop is there all along.
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();

  await expect(runPanel(page)).toContainText(`Done at Studio Anna: ${BOOKED}`, {
    timeout: RUN_TIMEOUT,
  });
  await expect(calls(page).getByRole('listitem')).toHaveCount(2);
  await expect(call(page, 1, 'Salon Bella')).toContainText('Could not help');
  await expect(call(page, 1, 'Salon Bella')).toContainText(
    'Salon Bella has no free slots tomorrow evening.',
  );
  await expect(call(page, 2, 'Studio Anna')).toContainText('Could help');
  await expect(call(page, 2, 'Studio Anna')).toContainText('Wizyta umowiona');
  await call(page, 2, 'Studio Anna')
    .getByText(/^Transcript/)
    .click();
  await expect(call(page, 2, 'Studio Anna').locator('.transcript__turn').first()).toBeVisible();
  expect(await callsPerSalon()).toEqual([1, 1, 0]);
  await page.screenshot({ path: testInfo.outputPath('task-finished-run.png'), fullPage: true });

  // The list says how it went; after a restart the whole run is read from disk.
  await page.getByRole('button', { name: '← All tasks' }).click();
  const list = page.getByRole('list', { name: 'Call tasks' });
  await expect(list).toContainText('3 places · Agent: Salon Bella – umawianie wizyt');
  await expect(list).toContainText('Done at Studio Anna · 2 calls');
  await page.screenshot({ path: testInfo.outputPath('tasks-list.png') });

  const { dataDir } = host;
  await host.stop();
  host = await startHostProcess({ sandbox: true, dataDir });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Tasks' }).click();
  await list.getByRole('button', { name: 'Haircut tomorrow', exact: true }).click();
  await expect(runPanel(page)).toContainText(`Done at Studio Anna: ${BOOKED}`);
  await expect(call(page, 1, 'Salon Bella')).toContainText(
    'Salon Bella has no free slots tomorrow evening.',
  );
  await call(page, 1, 'Salon Bella')
    .getByText(/^Transcript/)
    .click();
  await expect(call(page, 1, 'Salon Bella').locator('.transcript__turn').first()).toBeVisible();
});

/** A task for the salons, saved through the bridge as the editor would save it. */
async function seedTask(page: Page, name: string): Promise<string> {
  return page.evaluate(
    async ({ name, notes, salons, agent, phoneNumber }) => {
      const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
      const created = await api.createTask({ name });
      if (!created.ok) throw new Error(created.error.message);
      const saved = await api.saveTask({
        id: created.value.id,
        baseRevision: created.value.revision,
        content: {
          name,
          notes,
          agent: { id: agent, name: 'Salon Bella – umawianie wizyt' },
          phoneNumber: { id: phoneNumber, label: 'Salon Bella – Warszawa', number: '+48223076512' },
          defaultCountry: 'PL',
          places: salons.map((salon, index) => ({
            id: `salon-${index}`,
            name: salon.name,
            phone_number: salon.number,
            variables: {},
          })),
          advance: 'automatic',
          bindings: {},
        },
      });
      if (!saved.ok) throw new Error(saved.error.message);
      return created.value.id;
    },
    { name, notes: NOTES, salons: SALONS, agent: SALON_AGENT, phoneNumber: SALON_NUMBER },
  );
}

test('asked to, a task waits before the next place; Stop ends it during a call, keeping every call', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await open(page);
  // Studio Anna talks for ten minutes, so the task is still following that call when stopped.
  await scriptSalons({ durationSecs: 600 });
  await seedTask(page, 'Haircut');
  await page.getByRole('button', { name: 'Tasks' }).click();

  // The list renames in place, duplicates, and deletes with undo.
  const list = page.getByRole('list', { name: 'Call tasks' });
  await list.getByRole('button', { name: 'Rename Haircut' }).click();
  await page.getByLabel('New name for Haircut').fill('Haircut, ask first');
  await page.getByLabel('New name for Haircut').press('Enter');
  await list.getByRole('button', { name: 'Duplicate Haircut, ask first' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: 'Delete Haircut, ask first (copy)' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const toast = page.locator('.toast').filter({ hasText: 'Deleted “Haircut, ask first (copy)”' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: 'Haircut, ask first', exact: true }).click();

  await page.getByLabel('Ask me before calling the next place').check();
  await expect(saveStatus(page)).toHaveText(/All changes saved/);
  await page.getByRole('button', { name: 'Run task' }).click();

  const goOn = page.getByRole('button', { name: 'Call the next place' });
  await expect(goOn).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(runPanel(page)).toContainText('Waiting for you');
  await expect(runPanel(page).getByRole('status')).toHaveText(
    'The call to Salon Bella did not succeed. Next is Studio Anna.',
  );
  await page.screenshot({ path: testInfo.outputPath('task-waiting.png') });
  // It waits however long the user takes.
  await page.waitForTimeout(4_000);
  expect(await callsPerSalon()).toEqual([1, 0, 0]);

  await goOn.click();
  await expect(runPanel(page).getByRole('status')).toHaveText(
    /In conversation with Studio Anna \(place 2 of 3\)/,
    { timeout: RUN_TIMEOUT },
  );
  await page.getByRole('button', { name: 'Stop' }).click();

  await expect(runPanel(page)).toContainText('Stopped. You stopped the task during a call.');
  await expect(call(page, 2, 'Studio Anna')).toContainText('No longer followed');
  await expect(call(page, 1, 'Salon Bella')).toContainText('Could not help');
  await expect(page.getByRole('button', { name: 'Run task' })).toBeEnabled();
  expect(await callsPerSalon()).toEqual([1, 1, 0]);

  // Run again and stopped at once: the first run moves to the history, every call kept.
  await page.getByRole('button', { name: 'Run task' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(runPanel(page).getByRole('button', { name: 'Run task' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Earlier runs' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await history.getByText(/Stopped .* 2 calls/).click();
  await expect(history.getByRole('listitem', { name: 'Call 2: Studio Anna' })).toContainText(
    'No longer followed',
  );
  await page.screenshot({ path: testInfo.outputPath('task-stopped-run.png'), fullPage: true });
});

test('an error from ElevenLabs stops the task with its plain message; the run stays in the history', async ({
  page,
}) => {
  await open(page);
  await scriptSalons();
  await seedTask(page, 'Haircut, busy workspace');
  await sandboxControl('/faults', {
    method: 'POST',
    body: JSON.stringify({
      kind: 'rate_limited',
      retryAfterSeconds: 30,
      path: '/v1/convai/twilio/outbound-call',
      count: 1,
    }),
  });
  await page.getByRole('button', { name: 'Tasks' }).click();
  await page
    .getByRole('list', { name: 'Call tasks' })
    .getByRole('button', { name: 'Haircut, busy workspace', exact: true })
    .click();
  await page.getByRole('button', { name: 'Run task' }).click();

  const message =
    'Your workspace is already making as many calls at once as its plan allows. Try again in 30 seconds.';
  await expect(runPanel(page).getByRole('alert')).toHaveText(message);
  await expect(runPanel(page)).toContainText('Stopped with a problem');
  await expect(call(page, 1, 'Salon Bella')).toContainText('Not placed');
  await expect(call(page, 1, 'Salon Bella')).toContainText(message);
  // Nothing was retried by itself; running again is the user's call, and it goes through now.
  expect(await callsPerSalon()).toEqual([0, 0, 0]);
  await page.getByRole('button', { name: 'Run task' }).click();
  await expect(call(page, 1, 'Salon Bella')).toContainText(/conv_[a-z0-9]+/);
  await expect(page.getByRole('region', { name: 'Earlier runs' })).toContainText(
    'Stopped with a problem',
  );
  await page.getByRole('button', { name: 'Stop' }).click();
});
