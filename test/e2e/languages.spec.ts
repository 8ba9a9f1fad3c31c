import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { CallsheetBridge } from '../../shared/contract';
import type { UiLanguage } from '../../shared/domain/language';
import {
  startHostProcess,
  type HostProcess,
  type HostProcessOptions,
} from './support/host-process';
import {
  launchCampaign,
  PEOPLE,
  saveCampaign,
  SALON_AGENT,
  SALON_NUMBER,
} from './support/sandbox-campaign';

// Every screen and main dialog, walked in each language the UI speaks. On each one: no text
// asked for under a key that no language has, the page says which language it is in, and (for
// the translations) no English UI text is left on screen — text hard-coded in a component, a
// label map or a sentence built in main that lint cannot see.

type Language = UiLanguage;
type Texts = { [key: string]: string | Texts };

const LOCALES_DIR = fileURLToPath(new URL('../../renderer/src/i18n/locales', import.meta.url));

const LOCALES: ReadonlyArray<[Language, string]> = [
  ['en', 'en-US'],
  ['pl', 'pl-PL'],
  ['it', 'it-IT'],
];

// Calls ring and talk for tens of seconds; ten times faster the batch still goes through every
// stage while the walk follows it.
const TIME_SCALE = 10;

function flatten(texts: Texts, prefix: string, into: Map<string, string>): Map<string, string> {
  for (const [key, value] of Object.entries(texts)) {
    const path = prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

/** Every UI text of a language, as "namespace:key.path" → text, read as the app bundles it. */
function textsOf(language: Language): Map<string, string> {
  const flat = new Map<string, string>();
  const folder = join(LOCALES_DIR, language);
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const texts = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Texts;
    flatten(texts, `${file.slice(0, -'.json'.length)}:`, flat);
  }
  return flat;
}

/** The literal parts of a text, without its {{placeholders}} and <tags>. */
function literalParts(text: string): string[] {
  return text
    .split(/\{\{[^}]*\}\}|<[^>]*>/)
    .map((part) => part.replace(/^[\s·:;,.()“”"‘’–—-]+|[\s·:;,.()“”"‘’–—-]+$/g, ''))
    .filter((part) => part.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 2);
}

/**
 * Data that reads like UI text: the sandbox's errand agent has a variable `_place_name_`, which
 * every screen listing the agent's variables shows by its name as "Place name".
 */
const SANDBOX_DATA = new Set(['Place name']);

/**
 * English UI text that `language` words otherwise, at least two words long so that "OK" or a
 * brand name never counts: each with the key it comes from.
 */
function englishLeftovers(language: Language): Array<{ key: string; text: string }> {
  const english = textsOf('en');
  const translated = textsOf(language);
  const everyTranslation = [...translated.values()];
  const leftovers: Array<{ key: string; text: string }> = [];
  for (const [key, text] of english) {
    if (translated.get(key) === text) continue;
    for (const part of literalParts(text)) {
      // Words the translation shares (a product name, a sample number) are not English left over.
      if (everyTranslation.some((other) => other.includes(part))) continue;
      if (SANDBOX_DATA.has(part)) continue;
      leftovers.push({ key, text: part });
    }
  }
  return leftovers;
}

interface ScreenState {
  missing: string[];
  lang: string;
  text: string;
}

/**
 * Checks the screen as it is now; failures are soft, so one walk lists every screen that fails.
 * Keys are cleared after each look, so a missing one is blamed on the screen that asked for it.
 */
async function checkScreen(page: Page, language: Language, screen: string): Promise<void> {
  const state = await page.evaluate((): ScreenState => {
    const missing = window.__callsheetMissingKeys ?? [];
    window.__callsheetMissingKeys = [];
    return { missing, lang: document.documentElement.lang, text: document.body.innerText };
  });
  expect.soft(state.missing, `${screen}: keys no language has`).toEqual([]);
  expect.soft(state.lang, `${screen}: the page's language`).toBe(language);
  if (language === 'en') return;
  const left = englishLeftovers(language)
    .filter(({ text }) => state.text.includes(text))
    .map(({ key, text }) => `${key} “${text}”`);
  expect.soft([...new Set(left)], `${screen}: English text on a ${language} screen`).toEqual([]);
}

/** The text a key has in the language, for finding things the way the user reads them. */
function textOf(language: Language, key: string): string {
  const text = textsOf(language).get(key) ?? textsOf('en').get(key);
  if (text === undefined) throw new Error(`no text for ${key}`);
  return text;
}

function section(page: Page, language: Language, name: string) {
  return page
    .getByRole('navigation', { name: textOf(language, 'common:sections.label') })
    .getByRole('button', { name: textOf(language, `common:sections.${name}`), exact: true });
}

async function openHost(browser: Browser, locale: string, options: HostProcessOptions = {}) {
  const host = await startHostProcess({ sandboxTimeScale: TIME_SCALE, ...options });
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(host.url);
  return { host, page, close: () => context.close().then(() => host.stop()) };
}

/** A task for the salon agent with two places, saved through the bridge as the editor would. */
async function saveTask(page: Page, name: string, places: Array<[string, string]>) {
  return page.evaluate(
    async ({ name, places, agent, phoneNumber }) => {
      const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
      const created = await api.createTask({ name });
      if (!created.ok) throw new Error(created.error.message);
      const task = created.value;
      const saved = await api.saveTask({
        id: task.id,
        baseRevision: task.revision,
        content: {
          name,
          notes: 'Umów strzyżenie na jutro na 18:00.',
          agent: { id: agent, name: 'Salon Bella – umawianie wizyt' },
          phoneNumber: { id: phoneNumber, label: 'Salon Bella – Warszawa', number: '+48223076512' },
          defaultCountry: task.defaultCountry,
          places: places.map(([placeName, phone], index) => ({
            id: `place-${index}`,
            name: placeName,
            phone_number: phone,
            variables: {},
          })),
          advance: 'automatic',
          bindings: {},
        },
      });
      if (!saved.ok) throw new Error(saved.error.message);
      return task.id;
    },
    { name, places, agent: SALON_AGENT, phoneNumber: SALON_NUMBER },
  );
}

/** The state of the task's latest run, as main keeps it. */
async function runState(page: Page, taskId: string): Promise<string | undefined> {
  return page.evaluate(async (id) => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const task = await api.getTask({ id });
    if (!task.ok) throw new Error(task.error.message);
    return task.value.runs.at(-1)?.state;
  }, taskId);
}

/** The sandbox refuses the next call it is asked to place, as a workspace at its limit would. */
async function refuseNextCall(host: HostProcess): Promise<void> {
  if (!host.sandboxUrl || !host.sandboxApiKey) throw new Error('the host has no sandbox');
  const response = await fetch(`${host.sandboxUrl}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'xi-api-key': host.sandboxApiKey },
    body: JSON.stringify({
      kind: 'rate_limited',
      retryAfterSeconds: 30,
      path: '/v1/convai/twilio/outbound-call',
      count: 1,
    }),
  });
  if (!response.ok) throw new Error(`sandbox refused the fault: ${await response.text()}`);
}

async function runTask(page: Page, taskId: string) {
  await page.evaluate(async (taskId) => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const run = await api.runTask({ taskId });
    if (!run.ok) throw new Error(run.error.message);
  }, taskId);
}

/** A small spreadsheet to import, written where the test keeps its files. */
async function peopleFile(path: string): Promise<string> {
  await writeFile(
    path,
    'Name,Phone,Visit\nKarolina Mazur,600 700 810,Manicure\nTomasz Wójcik,600 70,Haircut\n',
  );
  return path;
}

for (const [language, locale] of LOCALES) {
  test(`every screen in ${locale}`, async ({ browser }, testInfo) => {
    test.setTimeout(240_000);
    const { host, page, close } = await openHost(browser, locale);
    try {
      const draftId = await saveCampaign(page, 'Wiosna w salonie');
      await launchCampaign(page, 'Spring promo');
      const taskId = await saveTask(page, 'Strzyżenie jutro', [
        ['Salon Bella', PEOPLE[3]?.phone ?? ''],
        ['Studio Anna', PEOPLE[0]?.phone ?? ''],
      ]);
      await saveTask(page, 'Manicure', [['Studio Ewa', '600 70']]);
      const refusedId = await saveTask(page, 'Koloryzacja', [
        ['Salon Bella', PEOPLE[1]?.phone ?? ''],
      ]);
      await refuseNextCall(host);
      await runTask(page, refusedId);
      await expect.poll(() => runState(page, refusedId)).toBe('error');
      await runTask(page, taskId);
      // The screens show what was made behind their back once opened afresh.
      await page.reload();

      // Campaigns, the first screen.
      await section(page, language, 'campaigns').click();
      const draft = page.locator(`[data-draft-id="${draftId}"]`);
      await expect(draft).toBeVisible();
      await checkScreen(page, language, 'campaign list');

      // A draft: each tab, the import wizard's steps, a recipient's details, the launch check.
      await draft.getByRole('button', { name: 'Wiosna w salonie', exact: true }).click();
      const tabs = page.getByRole('tab');
      await expect(tabs).toHaveCount(3);
      await checkScreen(page, language, 'draft details');
      await tabs.nth(1).click();
      const grid = page.getByRole('grid');
      await expect(grid).toContainText('Anna Nowak');
      await checkScreen(page, language, 'recipients');

      await page
        .locator('input[type="file"]')
        .first()
        .setInputFiles(await peopleFile(testInfo.outputPath('people.csv')));
      const wizard = page.getByRole('dialog');
      await expect(wizard).toContainText('Karolina Mazur');
      await checkScreen(page, language, 'import: the file');
      await wizard.locator('.button--primary').click();
      await expect(wizard.locator('select').first()).toBeVisible();
      await checkScreen(page, language, 'import: columns');
      await wizard.locator('.button--primary').click();
      await expect(wizard).toContainText('600 70');
      await checkScreen(page, language, 'import: results');
      await page.keyboard.press('Escape');
      await expect(wizard).toBeHidden();

      await grid.locator('.recipient-status').first().click();
      await expect(page.getByRole('complementary')).toBeVisible();
      await checkScreen(page, language, 'recipient details');

      await tabs.nth(2).click();
      const launch = page.locator('.launch-step button.button--primary:not([disabled])').last();
      await expect(launch).toBeVisible();
      await checkScreen(page, language, 'launch check');
      await launch.click();
      const confirm = page.getByRole('dialog');
      await expect(confirm).toBeVisible();
      await checkScreen(page, language, 'launch confirmation');
      await page.keyboard.press('Escape');
      await expect(confirm).toBeHidden();

      // The Monitor: the batches, one batch live, and one of its calls.
      await section(page, language, 'monitor').click();
      const batch = page.locator('.batch-item').filter({ hasText: 'Spring promo' });
      await expect(batch).toBeVisible();
      // Dates as the language writes them: the batch was made today.
      const today = await page.evaluate(
        (language) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date()),
        language,
      );
      await expect(batch).toContainText(today);
      await checkScreen(page, language, 'batch list');

      await batch.locator('.batch-item__open').click();
      await expect(page.locator('.batch-header .status-badge--done')).toBeVisible({
        timeout: 60_000,
      });
      await checkScreen(page, language, 'batch');
      await page.locator('.status-chart .link-button').click();
      await expect(page.locator('.status-chart__table')).toBeVisible();
      await checkScreen(page, language, 'batch: calls by status as a table');
      await page.locator('.batch-actions .button:not(.button--danger-outline)').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkScreen(page, language, 'batch: call again');
      await page.keyboard.press('Escape');
      await page.locator('.batch-actions .button--danger-outline:not([disabled])').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkScreen(page, language, 'batch: delete');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      const answered = page
        .locator('.call-table__row')
        .filter({ hasText: 'Anna Nowak' })
        .getByRole('button');
      await answered.click();
      const conversation = page.getByRole('dialog');
      await expect(conversation.locator('.transcript__turn').first()).toBeVisible();
      await expect(conversation.locator('audio')).toBeVisible();
      await checkScreen(page, language, 'call');
      await page.keyboard.press('Escape');
      await expect(conversation).toBeHidden();

      await page.locator('.results-actions .button').last().click();
      const followUp = page.getByRole('dialog');
      await expect(followUp.locator('.follow-up__count').first()).not.toBeEmpty();
      await checkScreen(page, language, 'follow-up');
      await page.keyboard.press('Escape');
      await page.screenshot({ path: testInfo.outputPath(`batch-${language}.png`), fullPage: true });

      // Tasks: the list, a task that ran, and one that cannot run yet.
      await section(page, language, 'tasks').click();
      const tasks = page.locator('.draft-list');
      await expect(tasks).toContainText('Strzyżenie jutro');
      await checkScreen(page, language, 'task list');
      await tasks.getByRole('button', { name: 'Strzyżenie jutro', exact: true }).click();
      await expect(page.locator('.run-panel .run-panel__header .status-badge')).not.toHaveClass(
        /status-badge--(active|warning)/,
        { timeout: 60_000 },
      );
      await expect(page.locator('.attempt').first()).toBeVisible();
      const transcripts = page.locator('.attempt__transcript summary');
      if ((await transcripts.count()) > 0) await transcripts.last().click();
      await checkScreen(page, language, 'task run');
      await page.screenshot({ path: testInfo.outputPath(`task-${language}.png`), fullPage: true });

      await page.locator('.draft-header .link-button').click();
      await tasks.getByRole('button', { name: 'Manicure', exact: true }).click();
      await expect(page.locator('.run-blockers')).toBeVisible();
      await expect(page.locator('.place .field-problem')).toBeVisible();
      await checkScreen(page, language, 'task that cannot run');

      await page.locator('.draft-header .link-button').click();
      await tasks.getByRole('button', { name: 'Koloryzacja', exact: true }).click();
      await expect(page.locator('.run-panel').getByRole('alert')).toBeVisible();
      await checkScreen(page, language, 'task stopped by an error');

      // Settings, with the language switch.
      await section(page, language, 'settings').click();
      await expect(page.locator('#language-choice')).toHaveValue('system');
      await checkScreen(page, language, 'settings');
      const agent = page.locator('.agent-browser .list__item').first();
      await agent.click();
      await expect(
        page.locator('.agent-browser__details').getByRole('heading').first(),
      ).toBeVisible();
      await checkScreen(page, language, 'settings: an agent');
    } finally {
      await close();
    }
  });
}

test('the language chosen in Settings shows at once and stays after a reload and a restart', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  let opened = await openHost(browser, 'en-US');
  const { dataDir } = opened.host;
  try {
    const { page } = opened;
    await section(page, 'en', 'settings').click();
    await page.locator('#language-choice').selectOption('pl');
    await expect(section(page, 'pl', 'campaigns')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

    await page.reload();
    await expect(section(page, 'pl', 'settings')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

    await opened.close();
    opened = await openHost(browser, 'en-US', { dataDir });
    await expect(section(opened.page, 'pl', 'settings')).toBeVisible();
    await checkScreen(opened.page, 'pl', 'campaign list after a restart');

    // "The system's language" follows the browser's, which is English here.
    await section(opened.page, 'pl', 'settings').click();
    await opened.page.locator('#language-choice').selectOption('system');
    await expect(section(opened.page, 'en', 'settings')).toBeVisible();
    await expect(opened.page.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    await opened.close();
  }
});

test('new and copied campaigns and tasks are named in the language of the UI', async ({
  browser,
}) => {
  const { page, close } = await openHost(browser, 'pl-PL');
  try {
    const kinds = [
      { section: 'campaigns', namespace: 'campaigns', header: 'header' },
      { section: 'tasks', namespace: 'tasks', header: 'editor' },
    ];
    for (const { section: name, namespace, header } of kinds) {
      const untitled = textOf('pl', `${namespace}:list.untitled`);
      await section(page, 'pl', name).click();
      await page.getByRole('button', { name: textOf('pl', `${namespace}:list.new`) }).click();
      await expect(page.getByLabel(textOf('pl', `${namespace}:${header}.name`))).toHaveValue(
        untitled,
      );
      await page.getByRole('button', { name: textOf('pl', `${namespace}:${header}.back`) }).click();
      const duplicate = textOf('pl', 'common:actions.duplicateNamed').replace('{{name}}', untitled);
      await page.getByRole('button', { name: duplicate }).click();
      await expect(page.locator('.draft-list')).toContainText(`${untitled} (kopia)`);
    }
  } finally {
    await close();
  }
});
