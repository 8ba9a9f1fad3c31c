import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useNow } from './use-now';

/** "5 minutes ago" next to the exact date and time, both always visible. */
export function TimeAgo(props: { at: number; prefix?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const date = new Date(props.at);
  return (
    <span className="time-ago">
      <time dateTime={date.toISOString()}>
        {props.prefix ? `${props.prefix} ` : ''}
        {format.relative(props.at, now) ?? t('time.justNow')}
      </time>
      <span className="time-ago__exact"> · {format.dateTime(date)}</span>
    </span>
  );
}
