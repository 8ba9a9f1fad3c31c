// A best-call-time window is "HH:MM-HH:MM" in the recipient's own time zone. 24:00 may end a
// window ("18:00-24:00") but never start one. Windows never cross midnight: "22:00-06:00" is
// refused with a hint to write it as two windows, so the planner never has to guess which
// day such a window belongs to, and a reversed typo ("17:00-09:00") is caught, not obeyed.

export interface CallWindow {
  /** Minutes after local midnight, 0–1439. */
  startMinute: number;
  /** Minutes after local midnight, 1–1440; always after startMinute. */
  endMinute: number;
}

export type CallWindowResult =
  | {
      ok: true;
      /** The canonical "HH:MM-HH:MM" spelling. */
      text: string;
      window: CallWindow;
    }
  | { ok: false; code: 'call_window_format' }
  | {
      ok: false;
      code: 'call_window_overnight' | 'call_window_empty';
      /** The two ends, canonically spelled, for a message such as "22:00 … 06:00". */
      start: string;
      end: string;
    };

// What people type: "09:00-17:00", "9-17", "9:00 - 17:30", "09.00–17.00", "9h-17h", "9 to 5".
const LOOSE = /^(\d{1,2})(?:[:.h](\d{2}))?h?\s*(?:-|–|—|to)\s*(\d{1,2})(?:[:.h](\d{2}))?h?$/i;

function minuteOf(hours: string, minutes: string): number | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59 || h > 24) return undefined;
  const value = h * 60 + m;
  return value > 1440 ? undefined : value;
}

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export function formatCallWindow(window: CallWindow): string {
  return `${clock(window.startMinute)}-${clock(window.endMinute)}`;
}

const CANONICAL = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/** Reads a window as typed, forgiving spacing, dash style and missing minutes. */
export function readCallWindow(raw: string): CallWindowResult {
  // Stored windows are nearly always canonical already; skip building a new string for them.
  const exact = CANONICAL.exec(raw);
  if (exact) {
    const start = Number(exact[1]) * 60 + Number(exact[2]);
    const end = Number(exact[3]) * 60 + Number(exact[4]);
    if (start < end && end <= 1440) {
      return { ok: true, text: raw, window: { startMinute: start, endMinute: end } };
    }
  }
  const match = LOOSE.exec(raw.trim());
  if (!match) return { ok: false, code: 'call_window_format' };
  const [, startHours = '', startMinutes = '00', endHours = '', endMinutes = '00'] = match;
  const start = minuteOf(startHours, startMinutes);
  const end = minuteOf(endHours, endMinutes);
  if (start === undefined || end === undefined || start === 1440) {
    return { ok: false, code: 'call_window_format' };
  }
  if (start === end) {
    return { ok: false, code: 'call_window_empty', start: clock(start), end: clock(end) };
  }
  if (start > end) {
    return { ok: false, code: 'call_window_overnight', start: clock(start), end: clock(end) };
  }
  const window = { startMinute: start, endMinute: end };
  return { ok: true, text: formatCallWindow(window), window };
}

/** The window as minutes, only when written exactly "HH:MM-HH:MM" and valid. */
export function parseCallWindow(text: string): CallWindow | undefined {
  const result = readCallWindow(text);
  return result.ok && result.text === text ? result.window : undefined;
}
