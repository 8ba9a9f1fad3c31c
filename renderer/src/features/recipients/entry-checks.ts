import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isCalendarDate,
  readCalendarDate,
  readCallWindow,
  type CountryCode,
} from '../../../../shared/domain/recipients';

/**
 * Checks for one entry of a list while it is typed (the whole recipient is checked on commit).
 * With the campaign country, dates may also be written the way that country writes them, as a
 * recipient's are (see readCalendarDate); without it, only YYYY-MM-DD.
 */
export function useEntryChecks(country?: CountryCode) {
  const { t } = useTranslation('recipients');
  return useMemo(
    () => ({
      callWindow: (text: string): string | undefined =>
        text.trim() === '' || readCallWindow(text).ok ? undefined : t('entry.callWindow'),
      calendarDate: (text: string): string | undefined => {
        const typed = text.trim();
        if (typed === '') return undefined;
        if (country === undefined) {
          return isCalendarDate(typed) ? undefined : t('entry.calendarDate');
        }
        const date = readCalendarDate(typed, country);
        return date.ok ? undefined : t('entry.localDate', { example: date.example });
      },
    }),
    [t, country],
  );
}

/** Problems of a list's entries by position, for lists checked here rather than by validation. */
export function entryProblems(
  entries: readonly string[],
  problemOf: (text: string) => string | undefined,
): Map<number, string> {
  const problems = new Map<number, string>();
  entries.forEach((text, index) => {
    const problem = problemOf(text);
    if (problem) problems.set(index, problem);
  });
  return problems;
}
