import { DateTime } from 'luxon';
import type {
  CampaignCallingDefaults,
  PlanInput,
  PlanRecipient,
} from '../../../shared/domain/scheduling';

export const WEEKDAYS = [1, 2, 3, 4, 5];
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** Unix ms of a local wall time, e.g. `at('2026-03-30T06:00', 'Europe/Warsaw')`. */
export function at(localIso: string, zone: string): number {
  const dt = DateTime.fromISO(localIso, { zone });
  if (!dt.isValid) throw new Error(`bad test time ${localIso} in ${zone}`);
  return dt.toMillis();
}

/** Unix seconds of an instant written with its offset, e.g. `secondsOf('2026-03-29T03:00+02:00')`. */
export function secondsOf(isoWithOffset: string): number {
  return DateTime.fromISO(isoWithOffset, { setZone: true }).toSeconds();
}

export function people(count: number, fields: Omit<PlanRecipient, 'id'> = {}, prefix = 'p') {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}`, ...fields }));
}

type PlanOverrides = Omit<Partial<PlanInput>, 'defaults'> & {
  now: number;
  defaults?: Partial<CampaignCallingDefaults>;
};

/** A Warsaw, 09:00-17:00, Monday-to-Friday campaign with one person, changed as a test needs. */
export function planInput(overrides: PlanOverrides): PlanInput {
  return {
    recipients: [{ id: 'r1' }],
    concurrency: 5,
    averageCallSeconds: 180,
    ...overrides,
    defaults: {
      timezone: 'Europe/Warsaw',
      callingHours: ['09:00-17:00'],
      allowedWeekdays: WEEKDAYS,
      blackoutDates: [],
      ...overrides.defaults,
    },
  };
}
