import { useTranslation } from 'react-i18next';

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_557_600],
  ['month', 2_629_800],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** Numbers, dates, times and durations written the way the UI language writes them. */
export interface Formatters {
  language: string;
  number(value: number): string;
  /** 0.25 → "25%" (or "25 %"). */
  percent(fraction: number): string;
  date(at: number | Date): string;
  longDate(at: number | Date): string;
  dateTime(at: number | Date): string;
  longDateTime(at: number | Date): string;
  time(at: number | Date): string;
  timeWithSeconds(at: number | Date): string;
  /** 95 → "1 min 35 s" in the UI language. */
  duration(seconds: number): string;
  /** "5 minutes ago", "in 2 hours"; null under 45 seconds, so callers can say "just now". */
  relative(at: number, now: number): string | null;
  /** ["a", "b", "c"] → "a, b and c". */
  list(items: readonly string[]): string;
}

function createFormatters(language: string): Formatters {
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const longDate = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const longDateTime = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  const timeWithSeconds = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const unit = (name: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' });
  const hours = unit('hour');
  const minutes = unit('minute');
  const seconds = unit('second');
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return {
    language,
    number: (value) => number.format(value),
    percent: (fraction) => percent.format(fraction),
    date: (at) => date.format(at),
    longDate: (at) => longDate.format(at),
    dateTime: (at) => dateTime.format(at),
    longDateTime: (at) => longDateTime.format(at),
    time: (at) => time.format(at),
    timeWithSeconds: (at) => timeWithSeconds.format(at),
    duration: (total) => {
      const whole = Math.max(0, Math.round(total));
      const h = Math.floor(whole / 3600);
      const m = Math.floor((whole % 3600) / 60);
      const s = whole % 60;
      const parts: string[] = [];
      if (h > 0) parts.push(hours.format(h));
      if (m > 0) parts.push(minutes.format(m));
      if (s > 0 || parts.length === 0) parts.push(seconds.format(s));
      return parts.join(' ');
    },
    relative: (at, now) => {
      const difference = (at - now) / 1000;
      if (Math.abs(difference) < 45) return null;
      const [name, size] = RELATIVE_UNITS.find(([, length]) => Math.abs(difference) >= length) ?? [
        'minute',
        60,
      ];
      return relative.format(Math.round(difference / size), name);
    },
    list: (items) => list.format(items),
  };
}

// Making fourteen Intl formatters costs far more than using them, and a screen has many
// components that format (a table's every row, the import's every column): one set per
// language serves them all.
const formattersByLanguage = new Map<string, Formatters>();

/** The formatters for the language the UI shows now; components re-render when it changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  let formatters = formattersByLanguage.get(language);
  if (!formatters) {
    formatters = createFormatters(language);
    formattersByLanguage.set(language, formatters);
  }
  return formatters;
}
