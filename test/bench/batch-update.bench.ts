// `npm run bench -- batch-update`: what main does with every poll of a 10,000-call batch —
// match calls to people, build the view, diff it against the last one, and save it — and how much
// smaller the pushed update is than the whole view. The renderer's share (applying the update and
// rendering the rows in Chromium) is measured by the UI's own benchmark.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import type { BenchmarkResult } from './run';

const CALLS = 10_000;
/** Calls that change between two polls 3 s apart with a few dozen calls at once. */
const CHANGED_PER_POLL = 100;
const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timed<T>(action: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = action();
  return { ms: performance.now() - start, value };
}

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

export async function run(): Promise<BenchmarkResult[]> {
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

    return [
      {
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
          'Chromium: applying the update and rendering the rows is for the UI benchmark to add (not measured here).',
        ],
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
