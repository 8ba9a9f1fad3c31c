import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate, readCallWindow } from '../../../../shared/domain/recipients';

// Checks for one entry of a list while it is typed (the whole recipient is checked on commit).
export function useEntryChecks() {
  const { t } = useTranslation('recipients');
  return useMemo(
    () => ({
      callWindow: (text: string): string | undefined =>
        text.trim() === '' || readCallWindow(text).ok ? undefined : t('entry.callWindow'),
      calendarDate: (text: string): string | undefined =>
        text.trim() === '' || isCalendarDate(text.trim()) ? undefined : t('entry.calendarDate'),
    }),
    [t],
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
