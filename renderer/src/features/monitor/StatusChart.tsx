import { useId, useState } from 'react';
import { RECIPIENT_CALL_STATUSES } from '../../../../shared/domain/calls/batch';
import { CALL_STATUS_LABELS, type StatusCounts } from '../../../../shared/domain/results';
import { CALL_STATUS_TONES, number } from './monitor-format';

/** Calls by status as bars, with the same numbers as a table for screen readers and copying. */
export function StatusChart(props: { counts: StatusCounts }) {
  const { counts } = props;
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const total = RECIPIENT_CALL_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const summary = RECIPIENT_CALL_STATUSES.filter((status) => counts[status] > 0)
    .map((status) => `${CALL_STATUS_LABELS[status]}: ${number.format(counts[status])}`)
    .join(', ');

  return (
    <section className="status-chart" aria-labelledby={headingId}>
      <div className="status-chart__header">
        <h2 id={headingId}>Calls by status</h2>
        <button
          type="button"
          className="link-button"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      {asTable ? (
        <table className="table status-chart__table">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Calls</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {RECIPIENT_CALL_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{CALL_STATUS_LABELS[status]}</th>
                <td>{number.format(counts[status])}</td>
                <td>{total > 0 ? `${Math.round((counts[status] / total) * 100)}%` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="status-chart__bars" role="img" aria-label={summary || 'No calls yet'}>
          {RECIPIENT_CALL_STATUSES.map((status) => (
            <div key={status} className="status-chart__row">
              <span className="status-chart__label">{CALL_STATUS_LABELS[status]}</span>
              <span className="status-chart__track">
                <span
                  className={`status-chart__bar status-chart__bar--${CALL_STATUS_TONES[status]}`}
                  style={{ width: `${total > 0 ? (counts[status] / total) * 100 : 0}%` }}
                />
              </span>
              <span className="status-chart__count">{number.format(counts[status])}</span>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
