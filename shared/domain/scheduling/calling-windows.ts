/** A local time range within one day, in minutes after midnight; `end` may be 1440 (24:00). */
export interface CallingWindow {
  startMinute: number;
  endMinute: number;
}

export const MINUTES_PER_DAY = 24 * 60;

/** The whole day, used when neither the person nor the campaign limits calling hours. */
export const WHOLE_DAY: readonly CallingWindow[] = [{ startMinute: 0, endMinute: MINUTES_PER_DAY }];

// Spreadsheets hold "9-17", "09:00 – 17:00" and the like as often as the strict form, so the
// hour may have one digit, minutes may be left out and any dash is accepted.
const WINDOW = /^(\d{1,2})(?::(\d{2}))?\s*[-–—]\s*(\d{1,2})(?::(\d{2}))?$/;

export type WindowParseResult =
  { ok: true; window: CallingWindow } | { ok: false; problem: string };

function toMinute(hourText: string, minuteText: string | undefined): number | null {
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return null;
  if (hour > 24 || (hour === 24 && minute !== 0)) return null;
  return hour * 60 + minute;
}

export function parseCallingWindow(text: string): WindowParseResult {
  const match = WINDOW.exec(text.trim());
  if (!match) return { ok: false, problem: 'is not a time range like 09:00-17:00' };
  const [, startHour = '', startMinute, endHour = '', endMinute] = match;
  const start = toMinute(startHour, startMinute);
  const end = toMinute(endHour, endMinute);
  if (start === null || end === null)
    return { ok: false, problem: 'has a time that does not exist' };
  // Ranges across midnight would belong to two local dates (and two blackout checks); nobody
  // running a daytime campaign needs them, so they are reported rather than guessed at.
  if (start === MINUTES_PER_DAY || end <= start) {
    return {
      ok: false,
      problem: 'ends before it starts (ranges across midnight are not supported)',
    };
  }
  return { ok: true, window: { startMinute: start, endMinute: end } };
}

export interface ParsedWindows {
  /** Sorted, with overlapping and touching ranges joined. */
  windows: CallingWindow[];
  invalid: Array<{ text: string; problem: string }>;
  /** False when the list was missing or held only blanks. */
  given: boolean;
}

export function parseCallingWindows(texts: readonly string[] | undefined): ParsedWindows {
  const windows: CallingWindow[] = [];
  const invalid: ParsedWindows['invalid'] = [];
  let given = false;
  for (const text of texts ?? []) {
    if (text.trim() === '') continue;
    given = true;
    const result = parseCallingWindow(text);
    if (result.ok) windows.push(result.window);
    else invalid.push({ text, problem: result.problem });
  }
  return { windows: mergeWindows(windows), invalid, given };
}

// Joining overlaps keeps one batch per stretch of calling time instead of two racing batches.
function mergeWindows(windows: CallingWindow[]): CallingWindow[] {
  const sorted = [...windows].sort((a, b) => a.startMinute - b.startMinute);
  const merged: CallingWindow[] = [];
  for (const window of sorted) {
    const last = merged[merged.length - 1];
    if (last && window.startMinute <= last.endMinute) {
      last.endMinute = Math.max(last.endMinute, window.endMinute);
    } else {
      merged.push({ ...window });
    }
  }
  return merged;
}

function formatMinute(minute: number): string {
  const hours = String(Math.floor(minute / 60)).padStart(2, '0');
  const minutes = String(minute % 60).padStart(2, '0');
  return `${hours}:${minutes}`;
}

export function formatCallingWindow(window: CallingWindow): string {
  return `${formatMinute(window.startMinute)}-${formatMinute(window.endMinute)}`;
}
