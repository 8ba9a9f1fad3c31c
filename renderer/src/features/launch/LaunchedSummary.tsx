import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaunchRecord } from '../../../../shared/domain/drafts/draft';
import { useNavigation } from '../../app/navigation-store';
import { useFormat } from '../../i18n/format';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { useBatchView } from '../monitor/batch-view-store';
import { batchName } from '../monitor/monitor-format';
import { useDraftLaunch, type LaunchOutcome } from './launch-store';

function SentBatches(props: { outcome: LaunchOutcome }) {
  const { t } = useTranslation('launch');
  const format = useFormat();
  const { batches, skipped } = props.outcome;
  return (
    <>
      <table className="table" aria-label={t('launched.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('launched.batch')}</th>
            <th scope="col">{t('launched.starts')}</th>
            <th scope="col">{t('launched.calls')}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id}>
              <td>{batchName(batch.name)}</td>
              <td>
                {format.dateTime(batch.scheduledAt * 1000)}
                {batch.timezone ? <span className="muted"> · {batch.timezone}</span> : null}
              </td>
              <td>{format.number(batch.scheduled)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {skipped > 0 ? <p className="muted">{t('launched.notCalled', { count: skipped })}</p> : null}
    </>
  );
}

/** After the launch: what was sent, and the way to watch it. */
export function LaunchedSummary(props: { launch: LaunchRecord }) {
  const draftId = useDraft((state) => state.id);
  const outcome = useDraftLaunch(draftId, (state) => state.outcome);
  const go = useNavigation((state) => state.go);
  const headingId = useId();
  const { t } = useTranslation('launch');
  const format = useFormat();
  const { batchIds, launchedAt } = props.launch;

  const watch = () => {
    // One batch opens straight away; several are easier to follow from the list.
    const [only] = batchIds;
    if (batchIds.length === 1 && only !== undefined) useBatchView.getState().open(only);
    else useBatchView.getState().close();
    go('monitor');
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('launched.heading')}</h2>
      <p role="status">
        {t('launched.sentOn', { count: batchIds.length, at: format.longDateTime(launchedAt) })}
      </p>
      {outcome ? <SentBatches outcome={outcome} /> : null}
      <div className="row">
        <button type="button" className="button button--primary" onClick={watch}>
          {t('launched.watch')}
        </button>
      </div>
    </section>
  );
}
