import { useNow } from './use-now';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const exact = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_557_600],
  ['month', 2_629_800],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

function ago(at: number, now: number): string {
  const seconds = (at - now) / 1000;
  if (Math.abs(seconds) < 45) return 'just now';
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['minute', 60];
  return relative.format(Math.round(seconds / size), unit);
}

/** "5 minutes ago" next to the exact date and time, both always visible. */
export function TimeAgo(props: { at: number; prefix?: string }) {
  const now = useNow();
  const date = new Date(props.at);
  return (
    <span className="time-ago">
      <time dateTime={date.toISOString()}>
        {props.prefix ? `${props.prefix} ` : ''}
        {ago(props.at, now)}
      </time>
      <span className="time-ago__exact"> · {exact.format(date)}</span>
    </span>
  );
}
