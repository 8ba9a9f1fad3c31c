import { estimateLaunch } from '../scheduling';
import { describeLocal } from '../scheduling/time-zones';
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

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A rough length for people: 'about 45 seconds', 'about 1 hour 20 minutes', 'about 2 days'. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `about ${plural(Math.max(0, Math.round(seconds)), 'second', 'seconds')}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${plural(minutes, 'minute', 'minutes')}`;
  if (minutes < 48 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const hoursText = plural(hours, 'hour', 'hours');
    return rest === 0
      ? `about ${hoursText}`
      : `about ${hoursText} ${plural(rest, 'minute', 'minutes')}`;
  }
  return `about ${plural(Math.round(minutes / (24 * 60)), 'day', 'days')}`;
}

export interface DescribeLaunchOptions {
  /** ISO 4217 code of the per-minute rate, e.g. 'USD'; the cost is a plain number without it. */
  currency?: string;
  locale?: string;
}

function formatMoney(amount: number, options: DescribeLaunchOptions): string {
  const locale = options.locale ?? 'en-GB';
  if (options.currency) {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: options.currency }).format(
      amount,
    );
  }
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
  }).format(amount);
}

function describeStart(start: LaunchStart): string {
  if (start.unixSeconds === null || start.timezone === null) return 'as soon as you confirm';
  return `${describeLocal(start.unixSeconds, start.timezone)} (${start.timezone})`;
}

const SKIP_WORDS: Readonly<Record<SkipReason, string>> = {
  excluded: 'left out by you',
  do_not_call: 'on the do-not-call list',
  invalid: 'with errors in their row',
  missing_values: 'missing a value the agent needs',
  not_scheduled: 'with no calling time',
  duplicate_id: 'listed twice',
};

/** The confirmation dialog's sentences, in plain English. */
export function describeLaunch(
  summary: LaunchSummary,
  options: DescribeLaunchOptions = {},
): string[] {
  const lines: string[] = [];
  const from = summary.fromNumber
    ? `, from ${summary.fromNumber.label ? `${summary.fromNumber.label} (${summary.fromNumber.number})` : summary.fromNumber.number}`
    : '';
  lines.push(
    `${plural(summary.calls, 'call', 'calls')} with the agent “${summary.agentName}”${from}.`,
  );

  const pace = `${summary.concurrency} at a time, ${formatDuration(summary.averageCallSeconds)} each`;
  const first = summary.firstStart;
  if (first) {
    if (summary.lastStart) {
      lines.push(
        `Calls go out in ${summary.batchCount} batches, the first ${describeStart(first)}, the last ${describeStart(summary.lastStart)}; calling takes ${formatDuration(summary.callingSeconds)} in all (${pace}).`,
      );
    } else {
      lines.push(
        `Calls start ${describeStart(first)} and take ${formatDuration(summary.callingSeconds)} (${pace}).`,
      );
    }
  }

  const minutes = Math.round(summary.totalCallMinutes);
  if (summary.expectedCost !== undefined && summary.costPerMinute !== undefined) {
    lines.push(
      `About ${plural(minutes, 'call minute', 'call minutes')}, costing about ${formatMoney(summary.expectedCost, options)} at ${formatMoney(summary.costPerMinute, options)} a minute.`,
    );
  } else {
    lines.push(`About ${plural(minutes, 'call minute', 'call minutes')}.`);
  }

  if (summary.skipped > 0) {
    const reasons = (Object.keys(SKIP_WORDS) as SkipReason[])
      .filter((reason) => (summary.skippedByReason[reason] ?? 0) > 0)
      .map((reason) => `${summary.skippedByReason[reason]} ${SKIP_WORDS[reason]}`)
      .join(', ');
    lines.push(
      `${plural(summary.skipped, 'person', 'people')} on the list will not be called: ${reasons}.`,
    );
  }
  return lines;
}
