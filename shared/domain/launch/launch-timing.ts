import { DateTime } from 'luxon';
import type { DraftSchedule } from '../drafts/draft';
import type { StoredRecipient } from '../recipients';
import { planCallingWindows, type LaunchPlan } from '../scheduling';
import type { LaunchTiming } from './batch-requests';

/**
 * Simultaneous calls assumed when a campaign sets no limit: main plans the calling windows for
 * this many and the launch screen's plan and estimate assume the same (and say so).
 */
export const ASSUMED_CONCURRENCY = 5;

export interface TimingOptions {
  /** Unix milliseconds. */
  now: number;
  concurrency: number;
  averageCallSeconds: number;
}

export type DraftTiming =
  | { ok: true; timing: LaunchTiming; plan: LaunchPlan | null }
  | { ok: false; code: 'start_invalid' | 'start_passed'; message: string };

/**
 * What a draft's schedule means for the submits: right away, one scheduled moment, or a plan
 * of several batches inside everyone's calling hours. The renderer shows exactly this and main
 * submits exactly this, so the confirmation never promises something else.
 */
export function timingForDraft(
  schedule: DraftSchedule,
  recipients: readonly Pick<StoredRecipient, 'id' | 'preferences'>[],
  options: TimingOptions,
): DraftTiming {
  if (schedule.kind === 'now') return { ok: true, timing: 'now', plan: null };
  if (schedule.kind === 'at') {
    const local = DateTime.fromISO(schedule.localDateTime, { zone: schedule.timezone });
    if (!local.isValid) {
      return {
        ok: false,
        code: 'start_invalid',
        message: 'Choose a valid date, time and time zone for the start.',
      };
    }
    if (local.toMillis() <= options.now) {
      return {
        ok: false,
        code: 'start_passed',
        message: 'The chosen start time has already passed. Pick a later one.',
      };
    }
    return {
      ok: true,
      timing: { at: Math.floor(local.toSeconds()), timezone: schedule.timezone },
      plan: null,
    };
  }
  const plan = planCallingWindows({
    recipients: recipients.map((recipient) => ({
      id: recipient.id,
      ...(recipient.preferences.timezone ? { timezone: recipient.preferences.timezone } : {}),
      bestCallTimes: recipient.preferences.best_call_times,
      blackoutDates: recipient.preferences.blackout_dates,
    })),
    defaults: {
      timezone: schedule.timezone,
      callingHours: schedule.callingHours,
      allowedWeekdays: schedule.allowedWeekdays,
      blackoutDates: schedule.blackoutDates,
    },
    now: options.now,
    concurrency: options.concurrency,
    averageCallSeconds: options.averageCallSeconds,
  });
  return { ok: true, timing: plan, plan };
}
