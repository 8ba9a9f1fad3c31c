import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  isCalendarDate,
  normalizeRecipient,
  parseCalendarDate,
  parseCallWindow,
  readCalendarDate,
  readCallWindow,
  StoredRecipientSchema,
  validateRecipient,
  type CountryCode,
} from '../../../shared/domain/recipients';

function recipientWith(preferences: { best_call_times?: string[]; blackout_dates?: string[] }) {
  return StoredRecipientSchema.parse({ id: 'r1', phone_number: '+48600700800', preferences });
}

function issuesFor(
  preferences: { best_call_times?: string[]; blackout_dates?: string[] },
  defaultCountry: CountryCode = 'PL',
) {
  return validateRecipient(recipientWith(preferences), { defaultCountry });
}

describe('call windows', () => {
  it('parses canonical windows into minutes', () => {
    expect(parseCallWindow('09:00-17:30')).toEqual({ startMinute: 540, endMinute: 1050 });
    expect(parseCallWindow('00:00-24:00')).toEqual({ startMinute: 0, endMinute: 1440 });
    expect(parseCallWindow('18:00-24:00')).toEqual({ startMinute: 1080, endMinute: 1440 });
  });

  it('reads loosely typed windows into the canonical form', () => {
    expect(readCallWindow('9-17')).toMatchObject({ ok: true, text: '09:00-17:00' });
    expect(readCallWindow('9:00 - 17:30')).toMatchObject({ ok: true, text: '09:00-17:30' });
    expect(readCallWindow('09.00–12.00')).toMatchObject({ ok: true, text: '09:00-12:00' });
    expect(readCallWindow('9h-17h')).toMatchObject({ ok: true, text: '09:00-17:00' });
    // ...but only canonical text is a valid stored window.
    expect(parseCallWindow('9-17')).toBeUndefined();
  });

  it('refuses 24:00 as a start and times past 24:00', () => {
    expect(readCallWindow('24:00-24:00')).toMatchObject({ ok: false, code: 'call_window_format' });
    expect(readCallWindow('23:00-24:30')).toMatchObject({ ok: false, code: 'call_window_format' });
    expect(readCallWindow('25:00-26:00')).toMatchObject({ ok: false, code: 'call_window_format' });
    expect(readCallWindow('09:60-10:00')).toMatchObject({ ok: false, code: 'call_window_format' });
    expect(readCallWindow('morning')).toMatchObject({ ok: false, code: 'call_window_format' });
  });

  it('refuses reversed and empty windows rather than guessing', () => {
    expect(readCallWindow('17:00-09:00')).toEqual({
      ok: false,
      code: 'call_window_overnight',
      start: '17:00',
      end: '09:00',
    });
    expect(readCallWindow('10:00-10:00')).toMatchObject({ ok: false, code: 'call_window_empty' });
  });

  it('tells the user how to write a window that crosses midnight', () => {
    const [issue] = issuesFor({ best_call_times: ['09:00-12:00', '22:00-06:00'] });
    expect(issue).toEqual({
      field: 'preferences.best_call_times.1',
      code: 'call_window_overnight',
      message:
        '“22:00-06:00” ends before it starts. If calls may run past midnight, enter two times: 22:00-24:00 and 00:00-06:00.',
      params: { value: '22:00-06:00', start: '22:00', end: '06:00' },
      severity: 'error',
    });
  });

  it('accepts loosely typed windows and ignores empty entries', () => {
    expect(issuesFor({ best_call_times: ['9-12', '', '14:00-17:00'] })).toEqual([]);
  });

  it('reports unreadable windows at their position', () => {
    const issues = issuesFor({ best_call_times: ['09:00-12:00', 'after lunch'] });
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['preferences.best_call_times.1', 'call_window_format'],
    ]);
    expect(issues[0]?.message).toContain('such as 09:00-17:00');
  });
});

describe('blackout dates', () => {
  it('knows February 29 only in leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('knows month lengths', () => {
    expect(isCalendarDate('2025-04-30')).toBe(true);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-12-31')).toBe(true);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-00-10')).toBe(false);
    expect(isCalendarDate('2025-01-00')).toBe(false);
  });

  it('accepts only YYYY-MM-DD', () => {
    expect(parseCalendarDate('2025-12-24')).toEqual({ year: 2025, month: 12, day: 24 });
    for (const text of ['24/12/2025', '2025-12-24T00:00', '2025-1-5', '20251224', '']) {
      expect(isCalendarDate(text)).toBe(false);
    }
  });

  it('reports dates that do not exist and dates written another way', () => {
    const issues = issuesFor({ blackout_dates: ['2024-02-29', '2025-02-29', '24/12/2025'] });
    expect(issues).toEqual([
      {
        field: 'preferences.blackout_dates.1',
        code: 'date_not_in_calendar',
        message: '“2025-02-29” is not a real date.',
        params: { value: '2025-02-29' },
        severity: 'error',
      },
      {
        field: 'preferences.blackout_dates.2',
        code: 'date_format',
        message: '“24/12/2025” is not a date. Write dates like 24.12.2025.',
        params: { value: '24/12/2025', example: '24.12.2025' },
        severity: 'error',
      },
    ]);
  });

  it.each<[CountryCode, string, string, string]>([
    // As a spreadsheet app saves a date cell as CSV in each country.
    ['PL', '24.12.2025', '1.2.2026', '2026-02-01'],
    ['IT', '24/12/2025', '01/02/2026', '2026-02-01'],
    ['US', '12/24/2025', '2/1/2026', '2026-02-01'],
    ['GB', '24/12/2025', '1/2/2026', '2026-02-01'],
  ])('reads dates written the way %s writes them', (country, christmas, typed, iso) => {
    expect(readCalendarDate(christmas, country)).toEqual({ ok: true, text: '2025-12-24' });
    expect(readCalendarDate(typed, country)).toEqual({ ok: true, text: iso });
    expect(readCalendarDate('2026-02-01', country)).toEqual({ ok: true, text: '2026-02-01' });
    expect(issuesFor({ blackout_dates: [christmas, typed] }, country)).toEqual([]);
    const stored = normalizeRecipient(
      recipientWith({ blackout_dates: [christmas, typed] }),
      country,
    );
    expect(stored.preferences.blackout_dates).toEqual(['2025-12-24', iso]);
  });

  it('reads a day-first date as written in Italy, not as an American one', () => {
    expect(readCalendarDate('05/06/2026', 'IT')).toEqual({ ok: true, text: '2026-06-05' });
    expect(readCalendarDate('05/06/2026', 'US')).toEqual({ ok: true, text: '2026-05-06' });
    // Day 24 can't be a month: an American campaign asks for its own way of writing it.
    expect(issuesFor({ blackout_dates: ['24/12/2025'] }, 'US')).toMatchObject([
      { code: 'date_format', message: '“24/12/2025” is not a date. Write dates like 12/24/2025.' },
    ]);
    expect(readCalendarDate('31.02.2026', 'PL')).toMatchObject({ ok: false, code: 'date_format' });
  });
});
