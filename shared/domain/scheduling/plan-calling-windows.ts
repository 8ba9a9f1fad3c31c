import {
  formatCallingWindow,
  parseCallingWindows,
  WHOLE_DAY,
  type CallingWindow,
  type ParsedWindows,
} from './calling-windows';
import { assertLaunchNumbers, roundsDurationSeconds } from './estimate-launch';
import { parseLocalDate } from './local-dates';
import { canonicalTimeZone, describeLocal, localIso } from './time-zones';
import {
  listWindowOccurrences,
  type CallingProfile,
  type WindowOccurrence,
} from './window-occurrences';
import type {
  LaunchPlan,
  PlanInput,
  PlannedBatch,
  PlanRecipient,
  PlanWarning,
  UnschedulableRecipient,
} from './types';

export const DEFAULT_HORIZON_DAYS = 14;

const SECONDS_PER_DAY = 24 * 60 * 60;

/** People who share a profile are planned together: same zone, hours and blackout dates. */
interface ProfileGroup {
  profile: CallingProfile;
  recipientIds: string[];
}

/** One batch in the making; groups whose windows coincide exactly share it. */
interface Slot {
  key: string;
  timezone: string;
  occurrence: WindowOccurrence;
  capacity: number;
  recipientIds: string[];
}

type CampaignSettings = {
  timezone: string | null;
  /** Null when the campaign gave hours but none could be read. */
  windows: readonly CallingWindow[] | null;
  weekdays: ReadonlySet<number>;
  blackoutDates: ReadonlySet<string>;
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function quote(text: string): string {
  return `“${text}”`;
}

/** Collects one warning per distinct problem instead of one per person. */
class ProblemTally {
  private readonly byText = new Map<string, { problem: string; recipientIds: string[] }>();

  add(text: string, problem: string, recipientId: string): void {
    const entry = this.byText.get(text) ?? { problem, recipientIds: [] };
    entry.recipientIds.push(recipientId);
    this.byText.set(text, entry);
  }

  entries(): Array<[string, { problem: string; recipientIds: string[] }]> {
    return [...this.byText.entries()];
  }
}

function readCampaign(input: PlanInput, warnings: PlanWarning[]): CampaignSettings {
  const { defaults } = input;
  const timezone = canonicalTimeZone(defaults.timezone);
  if (timezone === null) {
    warnings.push({
      code: 'invalid-time-zone',
      message: `The campaign time zone ${quote(defaults.timezone)} is not recognised; people without their own time zone cannot be planned.`,
      recipientIds: [],
      batchKeys: [],
      params: { text: defaults.timezone },
    });
  }

  const hours = parseCallingWindows(defaults.callingHours);
  for (const { text, problem } of hours.invalid) {
    warnings.push({
      code: 'invalid-calling-hours',
      message: `Campaign calling hours ${quote(text)} ${problem}; ignored.`,
      recipientIds: [],
      batchKeys: [],
      params: { text },
    });
  }

  const weekdays = new Set<number>();
  for (const day of defaults.allowedWeekdays) {
    if (Number.isInteger(day) && day >= 1 && day <= 7) weekdays.add(day);
    else {
      warnings.push({
        code: 'invalid-weekday',
        message: `Calling day ${String(day)} is not a weekday number from 1 (Monday) to 7 (Sunday); ignored.`,
        recipientIds: [],
        batchKeys: [],
        params: { text: String(day) },
      });
    }
  }
  if (weekdays.size === 0) {
    warnings.push({
      code: 'no-calling-days',
      message: 'No calling days are selected for the campaign, so nobody can be called.',
      recipientIds: [],
      batchKeys: [],
    });
  }

  const blackoutDates = new Set<string>();
  for (const text of defaults.blackoutDates) {
    const date = parseLocalDate(text);
    if (date !== null) blackoutDates.add(date);
    else if (text.trim() !== '') {
      warnings.push({
        code: 'invalid-blackout-date',
        message: `Campaign blackout date ${quote(text)} is not a date like 2026-12-24; ignored.`,
        recipientIds: [],
        batchKeys: [],
        params: { text },
      });
    }
  }

  return {
    timezone,
    windows: hours.given && hours.windows.length === 0 ? null : hours.windows,
    weekdays,
    blackoutDates,
  };
}

/** What a recipient's own settings make of their calling profile, whoever has them. */
interface ReadProfile {
  outcome:
    | { ok: true; profile: CallingProfile; key: string }
    | { ok: false; problem: Omit<UnschedulableRecipient, 'recipientId'> };
  badWindows: ParsedWindows['invalid'];
  badDates: string[];
}

/**
 * Zone checks build an Intl formatter each time and lists repeat the same few spellings, so
 * each distinct text is read once per plan.
 */
function memoize<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (!cache.has(text)) cache.set(text, read(text));
    return cache.get(text) as T;
  };
}

// Characters no spreadsheet cell is expected to contain keep distinct settings apart.
const BETWEEN_ENTRIES = '\u0000';
const BETWEEN_SETTINGS = '\u0001';

function readProfile(
  recipient: Omit<PlanRecipient, 'id'>,
  campaign: CampaignSettings,
  readTimezone: (text: string) => string | null,
  campaignTimezoneText: string,
): ReadProfile {
  const badWindows: ReadProfile['badWindows'] = [];
  const badDates: string[] = [];
  const failed = (problem: Omit<UnschedulableRecipient, 'recipientId'>): ReadProfile => ({
    outcome: { ok: false, problem },
    badWindows,
    badDates,
  });
  const ownZone = recipient.timezone?.trim() ?? '';
  const timezone = ownZone === '' ? campaign.timezone : readTimezone(ownZone);
  if (timezone === null) {
    const reason =
      ownZone === ''
        ? `They have no time zone and the campaign time zone ${quote(campaignTimezoneText)} is not recognised.`
        : `Their time zone ${quote(ownZone)} is not recognised.`;
    const params = { text: ownZone === '' ? campaignTimezoneText : ownZone };
    return failed({ code: 'invalid-time-zone', reason, params });
  }

  const own = parseCallingWindows(recipient.bestCallTimes ?? []);
  badWindows.push(...own.invalid);
  let windows: readonly CallingWindow[];
  if (own.given) {
    if (own.windows.length === 0) {
      const texts = own.invalid.map((entry) => quote(entry.text)).join(', ');
      return failed({
        code: 'unreadable-calling-hours',
        reason: `None of their calling hours could be read (${texts}); use ranges like 09:00-17:00.`,
        params: { text: own.invalid.map((entry) => entry.text).join(', ') },
      });
    }
    windows = own.windows;
  } else if (campaign.windows === null) {
    return failed({
      code: 'unreadable-calling-hours',
      reason:
        'They have no calling hours of their own and the campaign calling hours could not be read.',
    });
  } else {
    windows = campaign.windows.length > 0 ? campaign.windows : WHOLE_DAY;
  }

  if (campaign.weekdays.size === 0) {
    return failed({
      code: 'no-calling-days',
      reason: 'No calling days are selected for the campaign.',
    });
  }

  const blackoutDates = new Set(campaign.blackoutDates);
  for (const text of recipient.blackoutDates ?? []) {
    const date = parseLocalDate(text);
    if (date !== null) blackoutDates.add(date);
    else if (text.trim() !== '') badDates.push(text);
  }

  const profile = { timezone, windows, blackoutDates };
  return { outcome: { ok: true, profile, key: groupKey(profile) }, badWindows, badDates };
}

/**
 * readProfile once for each distinct combination of settings: a long list repeats the same
 * few, and reading one builds sets and sorted keys.
 */
function createProfileReader(
  campaign: CampaignSettings,
  campaignTimezoneText: string,
): (recipient: PlanRecipient) => ReadProfile {
  const readTimezone = memoize(canonicalTimeZone);
  const profiles = new Map<string, ReadProfile>();
  return (recipient) => {
    const key = [
      recipient.timezone ?? '',
      (recipient.bestCallTimes ?? []).join(BETWEEN_ENTRIES),
      (recipient.blackoutDates ?? []).join(BETWEEN_ENTRIES),
    ].join(BETWEEN_SETTINGS);
    let read = profiles.get(key);
    if (read === undefined) {
      read = readProfile(recipient, campaign, readTimezone, campaignTimezoneText);
      profiles.set(key, read);
    }
    return read;
  };
}

function groupKey(profile: CallingProfile): string {
  const windows = profile.windows.map(formatCallingWindow).join(',');
  const dates = [...profile.blackoutDates].sort().join(',');
  return `${profile.timezone}|${windows}|${dates}`;
}

function slotCapacity(
  occurrence: WindowOccurrence,
  concurrency: number,
  averageCallSeconds: number,
): number {
  if (averageCallSeconds === 0) return Number.POSITIVE_INFINITY;
  const rounds = Math.floor((occurrence.windowEnd - occurrence.start) / averageCallSeconds);
  return rounds * concurrency;
}

function describeDuration(seconds: number): string {
  if (seconds < 60) return plural(Math.round(seconds), 'second', 'seconds');
  return plural(Math.round(seconds / 60), 'minute', 'minutes');
}

/**
 * Splits a campaign into ElevenLabs batches so that every person is called inside their own
 * calling hours: one batch per time zone and local window, starting when the window opens (or
 * now, if it already has), with people who do not fit moved to the following windows.
 */
export function planCallingWindows(input: PlanInput): LaunchPlan {
  const { concurrency, averageCallSeconds } = input;
  assertLaunchNumbers(concurrency, averageCallSeconds);
  const horizonDays = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  if (!Number.isFinite(horizonDays) || horizonDays <= 0) {
    throw new RangeError(`horizonDays must be more than 0, got ${horizonDays}`);
  }
  if (!Number.isFinite(input.now)) throw new RangeError(`now must be a time, got ${input.now}`);

  // ElevenLabs takes whole seconds; rounding up keeps "now" from landing before the real now.
  const nowSeconds = Math.ceil(input.now / 1000);
  const horizonEnd = nowSeconds + horizonDays * SECONDS_PER_DAY;
  const horizonText = plural(horizonDays, 'day', 'days');

  const warnings: PlanWarning[] = [];
  const unschedulable: UnschedulableRecipient[] = [];
  const campaign = readCampaign(input, warnings);

  const readProfileOf = createProfileReader(campaign, input.defaults.timezone);
  const badWindows = new ProblemTally();
  const badDates = new ProblemTally();
  const groups = new Map<string, ProfileGroup>();
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const recipient of input.recipients) {
    const recipientId = recipient.id;
    if (seen.has(recipientId)) {
      duplicates.add(recipientId);
      continue;
    }
    seen.add(recipientId);
    const read = readProfileOf(recipient);
    for (const { text, problem } of read.badWindows) badWindows.add(text, problem, recipientId);
    for (const text of read.badDates) {
      badDates.add(text, 'is not a date like 2026-12-24', recipientId);
    }
    const { outcome } = read;
    if (!outcome.ok) {
      unschedulable.push({ recipientId, ...outcome.problem });
      continue;
    }
    const group = groups.get(outcome.key) ?? { profile: outcome.profile, recipientIds: [] };
    group.recipientIds.push(recipientId);
    groups.set(outcome.key, group);
  }

  if (duplicates.size > 0) {
    warnings.push({
      code: 'duplicate-recipient',
      message: `${plural(duplicates.size, 'person appears', 'people appear')} more than once in the list; each is planned only once.`,
      recipientIds: [...duplicates],
      batchKeys: [],
    });
  }
  for (const [text, { problem, recipientIds }] of badWindows.entries()) {
    warnings.push({
      code: 'invalid-calling-hours',
      message: `Calling hours ${quote(text)} ${problem}; ignored for ${plural(recipientIds.length, 'person', 'people')}.`,
      recipientIds,
      batchKeys: [],
      params: { text },
    });
  }
  for (const [text, { problem, recipientIds }] of badDates.entries()) {
    warnings.push({
      code: 'invalid-blackout-date',
      message: `Blackout date ${quote(text)} ${problem}; ignored for ${plural(recipientIds.length, 'person', 'people')}.`,
      recipientIds,
      batchKeys: [],
      params: { text },
    });
  }

  const slots = new Map<string, Slot>();
  const slotFor = (timezone: string, occurrence: WindowOccurrence): Slot => {
    // Identical instants in the same zone mean the same ElevenLabs batch, whatever the group.
    const id = `${timezone}|${occurrence.windowStart}|${occurrence.windowEnd}`;
    let slot = slots.get(id);
    if (!slot) {
      slot = {
        key: `${timezone}|${occurrence.localDate}|${occurrence.localWindow}`,
        timezone,
        occurrence,
        capacity: slotCapacity(occurrence, concurrency, averageCallSeconds),
        recipientIds: [],
      };
      slots.set(id, slot);
    }
    return slot;
  };

  for (const { profile, recipientIds } of groups.values()) {
    const { timezone } = profile;
    const occurrences = listWindowOccurrences(profile, campaign.weekdays, nowSeconds, horizonEnd);
    if (occurrences.length === 0) {
      for (const recipientId of recipientIds) {
        unschedulable.push({
          recipientId,
          code: 'no-calling-time',
          reason: `No calling time in the next ${horizonText} in their time zone (${timezone}): calling days, calling hours and blackout dates leave none.`,
          params: { timezone, horizonDays },
        });
      }
      continue;
    }

    let next = 0;
    let firstSlot: Slot | null = null;
    let placedInFirst = 0;
    for (const occurrence of occurrences) {
      if (next >= recipientIds.length) break;
      const slot = slotFor(timezone, occurrence);
      // Windows too short for a single call are not a place anyone can be called.
      if (slot.capacity === 0) continue;
      const free = slot.capacity - slot.recipientIds.length;
      const taken = recipientIds.slice(next, next + Math.max(0, free));
      // Not push(...taken): every id would be an argument, too many for the stack past ~100k.
      for (const id of taken) slot.recipientIds.push(id);
      next += taken.length;
      if (firstSlot === null) {
        firstSlot = slot;
        placedInFirst = taken.length;
      }
    }

    const left = recipientIds.slice(next);
    if (firstSlot === null) {
      for (const recipientId of left) {
        unschedulable.push({
          recipientId,
          code: 'window-too-short',
          reason: `Their calling hours are too short for a call of about ${describeDuration(averageCallSeconds)}.`,
          params: { averageCallSeconds },
        });
      }
      continue;
    }
    for (const recipientId of left) {
      unschedulable.push({
        recipientId,
        code: 'over-capacity',
        reason: `Every calling window in the next ${horizonText} is full at ${plural(concurrency, 'call', 'calls')} at a time; allow more simultaneous calls or launch fewer people.`,
        params: { horizonDays, concurrency },
      });
    }

    const spilled = recipientIds.slice(placedInFirst);
    if (spilled.length > 0) {
      const moved = spilled.length - left.length;
      const first = firstSlot.occurrence;
      const where = `${describeLocal(first.start, timezone)} (${first.localWindow}, ${timezone})`;
      const outcome = [
        moved > 0 ? `${moved} move to later windows` : '',
        left.length > 0 ? `${left.length} fit no window in the next ${horizonText}` : '',
      ]
        .filter((part) => part !== '')
        .join('; ');
      warnings.push({
        code: 'capacity-overflow',
        message: `${plural(spilled.length, 'person does', 'people do')} not fit into the window starting ${where} at ${plural(concurrency, 'call', 'calls')} at a time of about ${describeDuration(averageCallSeconds)}: ${outcome}.`,
        recipientIds: spilled,
        batchKeys: [],
        params: {
          startUnixSeconds: first.start,
          window: first.localWindow,
          timezone,
          concurrency,
          averageCallSeconds,
          horizonDays,
          moved,
          left: left.length,
        },
      });
    }
  }

  const batches = [...slots.values()]
    .filter((slot) => slot.recipientIds.length > 0)
    .map((slot): PlannedBatch => {
      const { occurrence, timezone } = slot;
      return {
        key: slot.key,
        timezone,
        startUnixSeconds: occurrence.start,
        windowEndUnixSeconds: occurrence.windowEnd,
        localStart: localIso(occurrence.start, timezone),
        localWindow: occurrence.localWindow,
        recipientIds: slot.recipientIds,
        expectedDurationSeconds: roundsDurationSeconds(
          slot.recipientIds.length,
          concurrency,
          averageCallSeconds,
        ),
      };
    })
    .sort(
      (a, b) =>
        a.startUnixSeconds - b.startUnixSeconds ||
        a.timezone.localeCompare(b.timezone) ||
        a.key.localeCompare(b.key),
    );

  // Fill the capacity-overflow warnings with the batches they concern, now that keys are final.
  const batchOf = new Map<string, string>();
  for (const batch of batches) for (const id of batch.recipientIds) batchOf.set(id, batch.key);
  for (const warning of warnings) {
    if (warning.code !== 'capacity-overflow') continue;
    const keys = new Set<string>();
    for (const id of warning.recipientIds) {
      const key = batchOf.get(id);
      if (key !== undefined) keys.add(key);
    }
    warning.batchKeys = [...keys];
  }

  warnings.push(...overlapWarnings(batches, concurrency));
  return { batches, unschedulable, warnings };
}

/**
 * Batches that run at the same time each get `concurrency` lines, but the workspace has one
 * overall limit; the estimate only holds if it can carry them all at once.
 */
function overlapWarnings(batches: readonly PlannedBatch[], concurrency: number): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  let cluster: PlannedBatch[] = [];
  let clusterEnd = Number.NEGATIVE_INFINITY;
  const flush = () => {
    const first = cluster[0];
    if (cluster.length > 1 && first) {
      const timezones = [...new Set(cluster.map((batch) => batch.timezone))];
      const zones = timezones.join(', ');
      warnings.push({
        code: 'overlapping-batches',
        message: `${cluster.length} batches would run at the same time from ${describeLocal(first.startUnixSeconds, first.timezone)} (${zones}). Each places up to ${concurrency} calls at once, ${cluster.length * concurrency} together; if your workspace allows fewer, they will take longer than estimated.`,
        recipientIds: [],
        batchKeys: cluster.map((batch) => batch.key),
        params: {
          startUnixSeconds: first.startUnixSeconds,
          timezones,
          concurrency,
        },
      });
    }
  };
  for (const batch of batches) {
    const end = batch.startUnixSeconds + batch.expectedDurationSeconds;
    if (batch.startUnixSeconds < clusterEnd) {
      cluster.push(batch);
      clusterEnd = Math.max(clusterEnd, end);
    } else {
      flush();
      cluster = [batch];
      clusterEnd = end;
    }
  }
  flush();
  return warnings;
}
