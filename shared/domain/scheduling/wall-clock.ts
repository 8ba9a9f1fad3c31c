import { DateTime, IANAZone } from 'luxon';
import { addDays, type CalendarDate } from './local-dates';
import { MINUTES_PER_DAY } from './calling-windows';

const GAP_SEARCH_SECONDS = 6 * 60 * 60;

/**
 * The instant a local wall-clock time happens in a zone, in unix seconds.
 *
 * Luxon moves a time inside a spring-forward gap forward by the gap's length (02:30 → 03:30) and
 * picks the later of two repeated times; a calling window should instead open at the first
 * moment that exists (03:00) and, on a fall-back day, at the first time the clock shows it.
 */
export function instantOfLocalTime(
  timezone: string,
  date: CalendarDate,
  minuteOfDay: number,
): number {
  // 24:00 is the next day's midnight, which may itself be in a gap.
  const day = minuteOfDay >= MINUTES_PER_DAY ? addDays(date, 1) : date;
  const minute = minuteOfDay >= MINUTES_PER_DAY ? minuteOfDay - MINUTES_PER_DAY : minuteOfDay;
  const hour = Math.floor(minute / 60);
  const wanted = DateTime.fromObject({ ...day, hour, minute: minute % 60 }, { zone: timezone });
  const exists = wanted.day === day.day && wanted.hour === hour && wanted.minute === minute % 60;
  if (exists) {
    return Math.min(...wanted.getPossibleOffsets().map((dt) => Math.round(dt.toSeconds())));
  }
  return startOfGapEnd(timezone, Math.round(wanted.toSeconds()), wanted.offset);
}

// `after` lies past the transition (it already has the new offset); the transition is the
// earliest second from which the zone keeps that offset.
function startOfGapEnd(timezone: string, after: number, offsetAfter: number): number {
  const zone = IANAZone.create(timezone);
  let before = after - GAP_SEARCH_SECONDS;
  let hi = after;
  if (zone.offset(before * 1000) === offsetAfter) return after;
  while (hi - before > 1) {
    const mid = Math.floor((before + hi) / 2);
    if (zone.offset(mid * 1000) === offsetAfter) hi = mid;
    else before = mid;
  }
  return hi;
}
