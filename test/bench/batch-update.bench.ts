// `npm run bench -- batch-update`: what main does with every poll of a 10,000-call batch —
// match calls to people, build the view, diff it against the last one, and save it — and how much
// smaller the pushed update is than the whole view. Then the renderer's share in Chromium: a
// 10,000-call campaign launched in the sandbox and open in the Monitor, each live update applied
// to the view and rendered.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createResultsStore } from '../../electron/main/services/results/results-store';
import type { BatchDetails, BatchRecipient } from '../../shared/domain/calls/batch';
import { createEmptyRecipient, type StoredRecipient } from '../../shared/domain/recipients';
import {
  applyBatchUpdate,
  buildBatchView,
  campaignResultRows,
  campaignResultsToCsv,
  createRecipientJoin,
  toBatchUpdate,
  type BatchView,
  type CallResult,
} from '../../shared/domain/results';
import type { CallsheetBridge } from '../../shared/contract';
import type { BenchmarkResult } from './run';
import { chromiumBenchmark, timeToRows } from './support/chromium-page';
import { median, percentile, timed } from './support/figures';

const CALLS = 10_000;
/** Calls that change between two polls 3 s apart with a few dozen calls at once. */
const CHANGED_PER_POLL = 100;
const RUNS = 9;

function phone(index: number): string {
  return `+48600${String(index).padStart(6, '0')}`;
}

function people(): StoredRecipient[] {
  return Array.from({ length: CALLS }, (_, index) => {
    const empty = createEmptyRecipient(`r${index}`, `600 ${String(index).padStart(6, '0')}`);
    return {
      ...empty,
      contact_info: { name: `Person ${index}`, company: 'Salon Bella' },
      metadata: { ...empty.metadata, custom_fields: { Notes: `Visit ${index % 31}` } },
      variables: { first_name: `Person ${index}` },
    };
  });
}

function batch(finishedUpTo: number): BatchDetails {
  const recipients = Array.from({ length: CALLS }, (_, index): BatchRecipient => ({
    id: `rcpt_${index}`,
    phoneNumber: phone(index),
    status: index < finishedUpTo ? 'completed' : 'pending',
    updatedAt: 1_777_000_000 + (index < finishedUpTo ? index : 0),
    conversationId: index < finishedUpTo ? `conv_${index}` : null,
    dynamicVariables: { first_name: `Person ${index}` },
  }));
  return {
    id: 'btcal_bench',
    name: 'Benchmark',
    agentId: 'agent',
    agentName: 'Agent',
    status: 'in_progress',
    createdAt: 1_777_000_000,
    scheduledAt: 1_777_000_000,
    timezone: null,
    dispatched: finishedUpTo,
    scheduled: CALLS,
    finished: finishedUpTo,
    retryCount: 0,
    recipients,
  };
}

function results(upTo: number): Record<string, CallResult> {
  const entries: Record<string, CallResult> = {};
  for (let index = 0; index < upTo; index++) {
    entries[`conv_${index}`] = {
      id: `conv_${index}`,
      status: 'done',
      startedAt: 1_777_000_000 + index,
      durationSeconds: 60 + (index % 90),
      summary: 'The customer confirmed the appointment for Friday at 10 and asked for a reminder.',
      callSuccessful: 'success',
      dataCollection: { wants_callback: index % 2 ? 'true' : 'false', preferred_day: 'Friday' },
      evaluation: [{ id: 'booked', result: 'success', rationale: 'Booked.' }],
      hasAudio: true,
    };
  }
  return entries;
}

const UI_NAME = `Monitor: live updates of a ${CALLS / 1000}k-call batch (Chromium)`;
/** How long the batch is watched for updates; the Monitor polls every 3 s. */
const WATCH_MS = 30_000;

// The functions below run in the page. tsx names inner functions through a helper the page
// does not have, so they use only inline callbacks.

/** The campaign, saved and launched through the bridge, 50 calls at a time. */
async function launchBigCampaign(page: Page): Promise<void> {
  await page.evaluate(async (calls) => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const created = await api.createDraft({ name: 'Benchmark' });
    if (!created.ok) throw new Error(created.error.message);
    const { id, revision, defaultCountry, variables, schedule } = created.value;
    const recipients = Array.from({ length: calls }, (_, i) => ({
      id: `r${i}`,
      phone_number: `+48600${String(i).padStart(6, '0')}`,
      contact_info: { name: `Person ${i}`, company: 'Salon Bella' },
      preferences: { best_call_times: [], blackout_dates: [] },
      metadata: { tags: [], custom_fields: { Notes: `Visit ${i % 31}` } },
      variables: {},
    }));
    const content = {
      name: 'Benchmark',
      agent: { id: 'agent_nuiikgxxarimsrmtsuci2j2dga', name: 'Salon Bella' },
      phoneNumber: {
        id: 'phnum_94jy1ysgjimzqfrfkcmhxri31x',
        label: 'Salon',
        number: '+48223076512',
      },
      defaultCountry,
      variables,
      schedule,
      recipients,
    };
    const saved = await api.saveDraft({ id, baseRevision: revision, content });
    if (!saved.ok) throw new Error(saved.error.message);
    const launched = await api.launchCampaign({
      draftId: id,
      baseRevision: saved.value.revision,
      excludedIds: [],
      concurrency: 50,
      averageCallSeconds: 15,
    });
    if (!launched.ok) throw new Error(launched.error.message);
  }, CALLS);
}

/**
 * Times every update that carries rows: until the task that applied and rendered it ends, and
 * until the frame after it. Registered before the Monitor subscribes, so it runs first.
 */
async function timeUpdates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const samples: Array<{ task: number; frame: number; changed: number }> = [];
    Object.assign(window, { updateSamples: samples });
    api.on.batchUpdated((update) => {
      if (update.recipients === null) return;
      const start = performance.now();
      const sample = { task: 0, frame: 0, changed: update.recipients.changed.length };
      setTimeout(() => {
        sample.task = performance.now() - start;
      });
      requestAnimationFrame(() =>
        setTimeout(() => {
          sample.frame = performance.now() - start;
          samples.push(sample);
        }),
      );
    });
  });
}

async function inChromium(page: Page): Promise<Omit<BenchmarkResult, 'name'>> {
  await launchBigCampaign(page);
  await timeUpdates(page);
  await page.getByRole('button', { name: 'Monitor' }).click();
  await page.locator('.batch-item__open').first().waitFor();
  const firstRows = await timeToRows(page, { opener: '.batch-item__open', rows: '[role="table"]' });
  await page.waitForTimeout(WATCH_MS);
  const samples = await page.evaluate(
    () =>
      (
        window as unknown as {
          updateSamples: Array<{ task: number; frame: number; changed: number }>;
        }
      ).updateSamples,
  );
  const tasks = samples.map((sample) => sample.task);
  const frames = samples.map((sample) => sample.frame);
  const changed = samples.map((sample) => sample.changed);
  return {
    figures: [
      { label: 'open the batch to first rows on screen', value: firstRows, unit: 'ms' },
      { label: 'updates received', value: samples.length, unit: '' },
      { label: 'calls changed per update (median)', value: percentile(changed, 0.5), unit: '' },
      { label: 'apply and render an update (median)', value: percentile(tasks, 0.5), unit: 'ms' },
      { label: 'apply and render an update (p95)', value: percentile(tasks, 0.95), unit: 'ms' },
      { label: 'update to next frame (median)', value: percentile(frames, 0.5), unit: 'ms' },
      { label: 'update to next frame (p95)', value: percentile(frames, 0.95), unit: 'ms' },
    ],
    notes: [
      'Headless Chromium without GPU on this machine; 16.7 ms is one 60 Hz frame.',
      `Sandbox in real time, 50 calls at once, watched for ${WATCH_MS / 1000} s.`,
    ],
  };
}

export async function run(): Promise<BenchmarkResult[]> {
  return [inNode(), await chromiumBenchmark(UI_NAME, { sandbox: true }, inChromium)];
}

function inNode(): BenchmarkResult {
  const draft = { recipients: people(), defaultCountry: 'PL' as const };
  const earlier = batch(5_000);
  const later = batch(5_000 + CHANGED_PER_POLL);
  const earlierResults = results(5_000);
  const laterResults = results(5_000 + CHANGED_PER_POLL);
  const campaign = { draftId: 'draft', name: 'Benchmark' };

  const joinBuild = timed(() => createRecipientJoin(draft));
  const recipientJoin = joinBuild.value;
  const viewOf = (details: BatchDetails, saved: Record<string, CallResult>, version: number) =>
    buildBatchView({
      details,
      campaign,
      people: recipientJoin.match(details.recipients.map((recipient) => recipient.phoneNumber)),
      results: saved,
      version,
      fetchedAt: Date.now(),
      offline: false,
    });

  const builds: number[] = [];
  const diffs: number[] = [];
  const applies: number[] = [];
  let previous: BatchView = viewOf(earlier, earlierResults, 1);
  let next: BatchView = previous;
  for (let round = 0; round < RUNS; round++) {
    previous = viewOf(earlier, earlierResults, 1);
    const built = timed(() => viewOf(later, laterResults, 2));
    next = built.value;
    builds.push(built.ms);
    const diffed = timed(() => toBatchUpdate(previous, next, true));
    diffs.push(diffed.ms);
    applies.push(timed(() => applyBatchUpdate(previous, diffed.value)).ms);
  }
  const update = toBatchUpdate(previous, next, true);
  const viewBytes = Buffer.byteLength(JSON.stringify(next));
  const updateBytes = Buffer.byteLength(JSON.stringify(update));

  const root = mkdtempSync(join(tmpdir(), 'callsheet-bench-results-'));
  try {
    const store = createResultsStore({ directory: root, report: () => undefined });
    const saved = { batch: later, results: laterResults, fetchedAt: Date.now(), final: false };
    store.write('btcal_bench', saved);
    const writes = Array.from(
      { length: RUNS },
      () => timed(() => store.write('btcal_bench', saved)).ms,
    );
    const fileBytes = statSync(join(root, 'btcal_bench.json')).size;
    const rows = campaignResultRows(draft, [next]);
    const csv = timed(() => campaignResultsToCsv(rows, { timeZone: 'Europe/Warsaw' }));

    return {
      name: `batch monitor: one poll of a ${CALLS / 1000}k-call batch (${CHANGED_PER_POLL} calls changed)`,
      figures: [
        { label: 'match calls to people, once per campaign', value: joinBuild.ms, unit: 'ms' },
        { label: 'build the view (median)', value: median(builds), unit: 'ms' },
        { label: 'diff against the last view (median)', value: median(diffs), unit: 'ms' },
        { label: 'apply the update to a view (median)', value: median(applies), unit: 'ms' },
        { label: 'whole view as JSON', value: viewBytes / 1024, unit: 'KiB' },
        { label: 'update as JSON', value: updateBytes / 1024, unit: 'KiB' },
        { label: 'save the batch and its results (median)', value: median(writes), unit: 'ms' },
        { label: 'saved file size', value: fileBytes / 1024 / 1024, unit: 'MiB' },
        { label: 'results CSV of the campaign', value: csv.ms, unit: 'ms' },
      ],
      notes: [
        `${RUNS} rounds; half the calls finished with results, ${CHANGED_PER_POLL} more finish between the two polls.`,
        'Chromium: applying the update and rendering the rows is measured below.',
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
