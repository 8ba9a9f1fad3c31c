import { DateTime, type TokenParser } from 'luxon';
import type { CountryCode } from './countries';

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

/**
 * How people in a country write a date in short, as their spreadsheet app saves it: 24.12.2025
 * in Poland, 24/12/2025 in Italy, 12/24/2025 in the United States. Taken from the platform's
 * locale data for the country's main language, in Western digits and the Gregorian calendar.
 */
interface LocalDates {
  parser: TokenParser;
  options: { locale: string; numberingSystem: 'latn'; outputCalendar: 'gregory' };
  /** 24 December 2025 written that way. */
  example: string;
}

const localDatesByCountry = new Map<CountryCode, LocalDates>();

function localDatesOf(country: CountryCode): LocalDates {
  const known = localDatesByCountry.get(country);
  if (known) return known;
  const { language } = new Intl.Locale(`und-${country}`).maximize();
  const options = {
    locale: `${language}-${country}`,
    numberingSystem: 'latn',
    outputCalendar: 'gregory',
  } as const;
  const made: LocalDates = {
    parser: DateTime.buildFormatParser('D', options),
    options,
    example: DateTime.fromObject({ year: 2025, month: 12, day: 24 }, options).toFormat('D'),
  };
  localDatesByCountry.set(country, made);
  return made;
}

export type CalendarDateReading =
  | { ok: true; /** YYYY-MM-DD */ text: string }
  | {
      ok: false;
      code: 'date_format' | 'date_not_in_calendar';
      /** 24 December 2025 as the country writes it, for a message saying how to write one. */
      example: string;
    };

/**
 * A blackout date as typed: written YYYY-MM-DD, or the way the campaign country writes dates
 * (see localDatesOf), since that is how a spreadsheet app there saves a date cell as CSV.
 */
export function readCalendarDate(text: string, country: CountryCode): CalendarDateReading {
  if (isCalendarDate(text)) return { ok: true, text };
  const { parser, options, example } = localDatesOf(country);
  if (hasCalendarDateShape(text)) return { ok: false, code: 'date_not_in_calendar', example };
  const date = DateTime.fromFormatParser(text, parser, { ...options, zone: 'utc' });
  const iso = date.isValid ? date.toISODate() : null;
  return iso === null ? { ok: false, code: 'date_format', example } : { ok: true, text: iso };
}
