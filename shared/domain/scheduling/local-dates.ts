import { DateTime } from 'luxon';

/** A date on a wall calendar, with no time zone attached. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Normalised `YYYY-MM-DD`, or null when the text is not a real calendar date. */
export function parseLocalDate(text: string): string | null {
  const trimmed = text.trim();
  if (!ISO_DATE.test(trimmed)) return null;
  const date = DateTime.fromISO(trimmed, { zone: 'utc' });
  return date.isValid ? trimmed : null;
}

// Calendar arithmetic runs in UTC so that a DST change can never make a day 23 or 25 hours long.
function calendar(date: CalendarDate): DateTime {
  return DateTime.fromObject(date, { zone: 'utc' });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const next = calendar(date).plus({ days });
  return { year: next.year, month: next.month, day: next.day };
}

/** Luxon weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: CalendarDate): number {
  return calendar(date).weekday;
}

export function isoDateOf(date: CalendarDate): string {
  return calendar(date).toISODate() ?? '';
}

/** The local calendar date at an instant in a time zone. */
export function localDateAt(unixSeconds: number, timezone: string): CalendarDate {
  const local = DateTime.fromSeconds(unixSeconds, { zone: timezone });
  return { year: local.year, month: local.month, day: local.day };
}
