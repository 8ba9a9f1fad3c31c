import { DateTime, IANAZone } from 'luxon';

/**
 * The canonical spelling of an IANA zone (`europe/warsaw` → `Europe/Warsaw`), or null when it is
 * not one. Spelling it one way matters: people are grouped into batches by zone name.
 */
export function canonicalTimeZone(name: string | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '' || !IANAZone.isValidZone(trimmed)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** ISO 8601 with offset, no milliseconds, e.g. `2026-03-30T09:00:00+02:00`. */
export function localIso(unixSeconds: number, timezone: string): string {
  return (
    DateTime.fromSeconds(unixSeconds, { zone: timezone }).toISO({
      suppressMilliseconds: true,
    }) ?? ''
  );
}

/** Short human form for messages, e.g. `Mon 30 Mar 09:00`. */
export function describeLocal(unixSeconds: number, timezone: string): string {
  return DateTime.fromSeconds(unixSeconds, { zone: timezone })
    .setLocale('en-GB')
    .toFormat('ccc d LLL HH:mm');
}
