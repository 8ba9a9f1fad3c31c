import { Trans, useTranslation } from 'react-i18next';
import type { BatchSummary } from '../../../../shared/domain/calls/batch';
import { useFormat } from '../../i18n/format';

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, (part / whole) * 100) : 0;
}

/** Calls finished, and started so far, out of all the batch will make: a bar and the numbers. */
export function BatchProgress(props: { batch: BatchSummary; label: string }) {
  const { t } = useTranslation('monitor');
  const format = useFormat();
  const { dispatched, scheduled, finished } = props.batch;
  const values = {
    finished: format.number(finished),
    scheduled: format.number(scheduled),
    dispatched: format.number(dispatched),
  };
  return (
    <div className="batch-progress">
      <div
        className="batch-progress__bar"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={scheduled}
        aria-valuenow={finished}
        aria-valuetext={t('progress.text', { ...values, count: scheduled })}
      >
        <span
          className="batch-progress__started"
          style={{ width: `${percent(dispatched, scheduled)}%` }}
        />
        <span
          className="batch-progress__finished"
          style={{ width: `${percent(finished, scheduled)}%` }}
        />
      </div>
      <p className="batch-progress__numbers" aria-hidden="true">
        <Trans
          t={t}
          i18nKey="progress.numbers"
          values={values}
          components={{ strong: <strong /> }}
        />
      </p>
    </div>
  );
}
