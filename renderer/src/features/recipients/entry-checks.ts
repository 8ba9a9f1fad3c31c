import { isCalendarDate, readCallWindow } from '../../../../shared/domain/recipients';

// Checks for one entry of a list while it is typed (the whole recipient is checked on commit).

export function callWindowProblem(text: string): string | undefined {
  return text.trim() === '' || readCallWindow(text).ok
    ? undefined
    : 'Write a start and an end time, such as 09:00-17:00.';
}

export function calendarDateProblem(text: string): string | undefined {
  return text.trim() === '' || isCalendarDate(text.trim())
    ? undefined
    : 'Pick a date, or write it as year-month-day, such as 2025-12-24.';
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
