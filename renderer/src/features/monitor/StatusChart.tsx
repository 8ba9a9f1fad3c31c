import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECIPIENT_CALL_STATUSES } from '../../../../shared/domain/calls/batch';
import type { StatusCounts } from '../../../../shared/domain/results';
import { useFormat } from '../../i18n/format';
import { CALL_STATUS_TONES } from './monitor-format';

/** Calls by status as bars, with the same numbers as a table for screen readers and copying. */
export function StatusChart(props: { counts: StatusCounts }) {
  const { counts } = props;
  const { t } = useTranslation('monitor');
  const format = useFormat();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const total = RECIPIENT_CALL_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const summary = RECIPIENT_CALL_STATUSES.filter((status) => counts[status] > 0)
    .map((status) => `${t(`callStatus.${status}`)}: ${format.number(counts[status])}`)
    .join(', ');

  return (
    <section className="status-chart" aria-labelledby={headingId}>
      <div className="status-chart__header">
        <h2 id={headingId}>{t('chart.heading')}</h2>
        <button
          type="button"
          className="link-button"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
      </div>
      {asTable ? (
        <table className="table status-chart__table">
          <thead>
            <tr>
              <th scope="col">{t('chart.status')}</th>
              <th scope="col">{t('chart.calls')}</th>
              <th scope="col">{t('chart.share')}</th>
            </tr>
          </thead>
          <tbody>
            {RECIPIENT_CALL_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{t(`callStatus.${status}`)}</th>
                <td>{format.number(counts[status])}</td>
                <td>{total > 0 ? format.percent(counts[status] / total) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="status-chart__bars" role="img" aria-label={summary || t('chart.none')}>
          {RECIPIENT_CALL_STATUSES.map((status) => (
            <div key={status} className="status-chart__row">
              <span className="status-chart__label">{t(`callStatus.${status}`)}</span>
              <span className="status-chart__track">
                <span
                  className={`status-chart__bar status-chart__bar--${CALL_STATUS_TONES[status]}`}
                  style={{ width: `${total > 0 ? (counts[status] / total) * 100 : 0}%` }}
                />
              </span>
              <span className="status-chart__count">{format.number(counts[status])}</span>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
