/**
 * A moment as the clock reads in the batch's own time zone, written the UI language's way:
 * "Mon, 30 Mar, 09:00" in English, "pon., 30 mar, 09:00" in Polish.
 */
export function formatLocalStart(language: string, unixSeconds: number, timezone: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(unixSeconds * 1000);
}
