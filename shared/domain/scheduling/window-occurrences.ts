import { formatCallingWindow, type CallingWindow } from './calling-windows';
import { addDays, isoDateOf, localDateAt, weekdayOf } from './local-dates';
import { instantOfLocalTime } from './wall-clock';

/** Where, when and within which hours a set of people may be called. */
export interface CallingProfile {
  timezone: string;
  windows: readonly CallingWindow[];
  /** `YYYY-MM-DD` in the profile's own calendar. */
  blackoutDates: ReadonlySet<string>;
}

/** One calling window on one local day, as instants. */
export interface WindowOccurrence {
  localDate: string;
  localWindow: string;
  windowStart: number;
  windowEnd: number;
  /** When calling can begin: the window start, or now when the window is already open. */
  start: number;
}

// Guards the day loop against a horizon nobody would ask for.
const MAX_DAYS = 400;

/**
 * Every allowed window that is still open at `fromSeconds` or opens before `untilSeconds`, in
 * time order. Days, weekdays and blackout dates are all read in the profile's local calendar.
 */
export function listWindowOccurrences(
  profile: CallingProfile,
  allowedWeekdays: ReadonlySet<number>,
  fromSeconds: number,
  untilSeconds: number,
): WindowOccurrence[] {
  const { timezone } = profile;
  const occurrences: WindowOccurrence[] = [];
  const firstDay = localDateAt(fromSeconds, timezone);
  for (let offset = 0; offset < MAX_DAYS; offset += 1) {
    const date = addDays(firstDay, offset);
    if (instantOfLocalTime(timezone, date, 0) >= untilSeconds) break;
    const localDate = isoDateOf(date);
    if (!allowedWeekdays.has(weekdayOf(date)) || profile.blackoutDates.has(localDate)) continue;
    for (const window of profile.windows) {
      const windowStart = instantOfLocalTime(timezone, date, window.startMinute);
      const windowEnd = instantOfLocalTime(timezone, date, window.endMinute);
      const start = Math.max(windowStart, fromSeconds);
      // A window can vanish on a DST day (02:00-02:30 on spring-forward) or be over already.
      if (start >= windowEnd || start >= untilSeconds) continue;
      occurrences.push({
        localDate,
        localWindow: formatCallingWindow(window),
        windowStart,
        windowEnd,
        start,
      });
    }
  }
  return occurrences;
}
