import { estimateLaunch } from '../scheduling';
import type { BatchRequests, SkipReason } from './batch-requests';

export interface LaunchSummaryInput {
  agentName: string;
  fromNumber: { label: string; number: string } | null;
  /** Simultaneous calls per batch assumed for the estimate. */
  concurrency: number;
  averageCallSeconds: number;
  /** Price of one call minute; no cost is estimated without it. */
  costPerMinute?: number;
  /** Unix milliseconds: when batches that start on submit are expected to begin. */
  now: number;
}

export interface LaunchStart {
  /** Null when the batch starts on submit. */
  unixSeconds: number | null;
  timezone: string | null;
}

/** The numbers the confirmation dialog shows. */
export interface LaunchSummary {
  calls: number;
  batchCount: number;
  agentName: string;
  fromNumber: { label: string; number: string } | null;
  firstStart: LaunchStart | null;
  /** Only when there are several batches. */
  lastStart: LaunchStart | null;
  /** Time spent calling, batch by batch, in rounds of `concurrency` average calls. */
  callingSeconds: number;
  /** From the first start until the last batch is expected to finish. */
  spanSeconds: number;
  expectedFinishUnixSeconds: number | null;
  /** Sum of all call lengths, which is what gets billed. */
  totalCallMinutes: number;
  expectedCost?: number;
  concurrency: number;
  averageCallSeconds: number;
  costPerMinute?: number;
  /** People in the draft who will not be called, by reason. */
  skipped: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
}

export function summarizeLaunch(requests: BatchRequests, input: LaunchSummaryInput): LaunchSummary {
  const { concurrency, averageCallSeconds, costPerMinute } = input;
  const nowSeconds = Math.ceil(input.now / 1000);
  const calls = requests.batches.reduce((sum, batch) => sum + batch.recipientIds.length, 0);
  const overall = estimateLaunch({ calls, concurrency, averageCallSeconds, costPerMinute });

  let callingSeconds = 0;
  let firstStartSeconds: number | null = null;
  let finish: number | null = null;
  for (const batch of requests.batches) {
    const { expectedDurationSeconds } = estimateLaunch({
      calls: batch.recipientIds.length,
      concurrency,
      averageCallSeconds,
    });
    const start = batch.startUnixSeconds ?? nowSeconds;
    callingSeconds += expectedDurationSeconds;
    firstStartSeconds = firstStartSeconds === null ? start : Math.min(firstStartSeconds, start);
    finish = Math.max(finish ?? start, start + expectedDurationSeconds);
  }

  const startOf = (index: number): LaunchStart | null => {
    const batch = requests.batches[index];
    return batch ? { unixSeconds: batch.startUnixSeconds, timezone: batch.timezone } : null;
  };
  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  for (const entry of requests.skipped) {
    skippedByReason[entry.reason] = (skippedByReason[entry.reason] ?? 0) + 1;
  }
  const summary: LaunchSummary = {
    calls,
    batchCount: requests.batches.length,
    agentName: input.agentName,
    fromNumber: input.fromNumber,
    firstStart: startOf(0),
    lastStart: requests.batches.length > 1 ? startOf(requests.batches.length - 1) : null,
    callingSeconds,
    spanSeconds: finish === null || firstStartSeconds === null ? 0 : finish - firstStartSeconds,
    expectedFinishUnixSeconds: finish,
    totalCallMinutes: overall.totalCallMinutes,
    concurrency,
    averageCallSeconds,
    skipped: requests.skipped.length,
    skippedByReason,
  };
  if (overall.expectedCost !== undefined) summary.expectedCost = overall.expectedCost;
  if (costPerMinute !== undefined) summary.costPerMinute = costPerMinute;
  return summary;
}
