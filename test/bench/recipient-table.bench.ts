// The recipient editor with 100k rows in Chromium: how long the table takes to show, how
// smoothly it scrolls, and how long the page stalls while an edit is saved.
import type { Page } from '@playwright/test';
import type { CallsheetBridge } from '../../shared/contract';
import type { BenchmarkResult } from './run';
import { chromiumBenchmark, timeToRows } from './support/chromium-page';
import { percentile } from './support/figures';

const ROWS = 100_000;
const NAME = 'Recipient table (100k rows, Chromium)';

/** Makes the draft through the bridge, as an import would. */
async function createBigDraft(page: Page): Promise<void> {
  await page.evaluate(async (rows) => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const created = await api.createDraft({ name: 'Benchmark' });
    if (!created.ok) throw new Error(created.error.message);
    const { id, revision, agent, phoneNumber, defaultCountry, variables, schedule } = created.value;
    const tags = ['spring', 'vip', 'callback', 'new'];
    const recipients = Array.from({ length: rows }, (_, i) => ({
      id: `r${i}`,
      phone_number: `+48 6${String(i).padStart(8, '0')}`,
      contact_info: { name: `Person ${i}`, company: `Company ${i % 500}` },
      preferences: {
        language: i % 3 ? 'pl' : 'it',
        timezone: i % 3 ? 'Europe/Warsaw' : 'Europe/Rome',
        best_call_times: ['09:00-12:00'],
        blackout_dates: [],
      },
      metadata: {
        priority: ['low', 'medium', 'high', 'urgent'][i % 4],
        tags: [tags[i % 4] ?? 'new'],
        custom_fields: {},
      },
      variables: {},
    }));
    const content = {
      name: 'Benchmark',
      agent,
      phoneNumber,
      defaultCountry,
      variables,
      schedule,
      recipients,
    };
    const saved = await api.saveDraft({ id, baseRevision: revision, content });
    if (!saved.ok) throw new Error(saved.error.message);
  }, ROWS);
}

// The functions below run in the page. tsx names inner functions through a helper the page
// does not have, so they use only inline callbacks.

/** Scrolls the table by `step` pixels every frame and returns each frame's duration. */
async function scrollFrames(page: Page, step: number, frames: number): Promise<number[]> {
  return page.evaluate(
    async ({ step, frames }) => {
      const body = document.querySelector<HTMLElement>('.recipient-grid__body');
      if (!body) throw new Error('no table');
      body.scrollTop = 0;
      const durations: number[] = [];
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      while (durations.length < frames) {
        body.scrollTop += step;
        const time = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        durations.push(time - last);
        last = time;
      }
      return durations;
    },
    { step, frames },
  );
}

/** A cell edit committed with Enter, then every frame until its autosave has come back. */
async function editAndSave(page: Page): Promise<{ commit: number; longestFrame: number }> {
  await page.locator('.recipient-grid__body').evaluate((body) => (body.scrollTop = 0));
  // Clicking a cell makes its row the one being edited, with inputs.
  await page.locator('[role="row"][aria-rowindex="2"] [data-column="name"]').click();
  await page.getByLabel('Name, row 1', { exact: true }).waitFor();
  return page.evaluate(async () => {
    const cell = document.querySelector<HTMLInputElement>('[aria-label="Name, row 1"]');
    if (!cell) throw new Error('no cell to edit');
    const frames: number[] = [];
    let watching = true;
    const watcher = (async () => {
      let last = performance.now();
      while (watching) {
        const time = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        frames.push(time - last);
        last = time;
      }
    })();

    // React reads typed text from the native value setter and an input event.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setValue?.call(cell, 'Edited in the benchmark');
    cell.dispatchEvent(new Event('input', { bubbles: true }));
    const start = performance.now();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const commit = performance.now() - start;

    const deadline = start + 60_000;
    // Saving starts after a 700 ms pause; the status says "saved" again once it came back.
    while (
      performance.now() - start < 1_000 ||
      !(document.querySelector('.save-status')?.textContent ?? '').startsWith('All changes saved')
    ) {
      if (performance.now() > deadline) throw new Error('the edit was not saved within a minute');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    watching = false;
    await watcher;
    return { commit, longestFrame: Math.max(...frames) };
  });
}

export async function run(): Promise<BenchmarkResult[]> {
  return [await chromiumBenchmark(NAME, { sandbox: false }, measure)];
}

async function measure(page: Page): Promise<Omit<BenchmarkResult, 'name'>> {
  await createBigDraft(page);
  await page.reload();
  await page.locator('.draft-item__open', { hasText: 'Benchmark' }).waitFor();

  const firstRows = await timeToRows(page, {
    opener: '.draft-item__open',
    text: 'Benchmark',
    rows: '[role="grid"]',
  });
  const checkStart = Date.now();
  await page.locator('.attention-summary', { hasText: 'all ready' }).waitFor({ timeout: 60_000 });
  const fullCheck = Date.now() - checkStart;

  const steady = await scrollFrames(page, 120, 600);
  const fast = await scrollFrames(page, 4_000, 300);
  const save = await editAndSave(page);

  return {
    figures: [
      { label: 'open draft to first rows on screen', value: firstRows, unit: 'ms' },
      { label: 'then, whole list checked (in a worker)', value: fullCheck, unit: 'ms' },
      {
        label: 'scroll 3 rows/frame: median frame',
        value: percentile(steady, 0.5),
        unit: 'ms',
      },
      { label: 'scroll 3 rows/frame: p95 frame', value: percentile(steady, 0.95), unit: 'ms' },
      {
        label: 'scroll 100 rows/frame: median frame',
        value: percentile(fast, 0.5),
        unit: 'ms',
      },
      { label: 'scroll 100 rows/frame: p95 frame', value: percentile(fast, 0.95), unit: 'ms' },
      { label: 'cell edit committed to next frame', value: save.commit, unit: 'ms' },
      { label: 'longest frame until autosaved', value: save.longestFrame, unit: 'ms' },
    ],
    notes: [
      'Headless Chromium without GPU on this machine; 16.7 ms is one 60 Hz frame.',
      'Autosave sends the whole draft, so its longest frame grows with the list.',
    ],
  };
}
