// Blackout dates are plain calendar dates "YYYY-MM-DD" in the recipient's own time zone, so
// they are checked arithmetically, never through Date (which would apply a time zone).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The date, or undefined when `text` is not a real calendar date written YYYY-MM-DD. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== undefined;
}

/** Whether the text has the YYYY-MM-DD shape, real date or not (picks the clearer message). */
export function hasCalendarDateShape(text: string): boolean {
  return ISO_DATE.test(text);
}
