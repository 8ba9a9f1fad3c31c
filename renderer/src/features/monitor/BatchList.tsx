import { useTranslation } from 'react-i18next';
import { isBatchFinished } from '../../../../shared/domain/calls/batch';
import type { BatchListItem } from '../../../../shared/domain/results';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ConnectWorkspaceActions } from '../workspace/ConnectWorkspace';
import { useWorkspace } from '../workspace/workspace-store';
import { BatchProgress } from './BatchProgress';
import { BatchStatusBadge } from './BatchStatusBadge';
import { useBatchList } from './batch-list-store';
import { useBatchView } from './batch-view-store';
import { batchName, batchTimes, campaignLabel } from './monitor-format';
import { useWatchBatches } from './use-watch-batches';

function BatchRow(props: { batch: BatchListItem }) {
  const { batch } = props;
  const open = useBatchView((state) => state.open);
  const { t } = useTranslation('monitor');
  const format = useFormat();
  const name = batchName(batch.name);
  return (
    <li className="batch-item" data-batch-id={batch.id}>
      <div className="batch-item__main">
        <h3 className="batch-item__title">
          <button type="button" className="batch-item__open" onClick={() => open(batch.id)}>
            {name}
          </button>
          <BatchStatusBadge status={batch.status} />
        </h3>
        <p className="batch-item__meta">
          {campaignLabel(batch.campaign, t)} · {t('batch.agent', { name: batch.agentName })}
        </p>
        <p className="batch-item__meta">{batchTimes(batch, t, format)}</p>
      </div>
      <div className="batch-item__progress">
        <BatchProgress batch={batch} label={t('list.progressOf', { name })} />
      </div>
    </li>
  );
}

/** Every batch of the workspace, newest first, a page at a time; running ones update live. */
export function BatchList() {
  const { batches, nextCursor, loading, error, retry, loadMore } = useBatchList();
  const mode = useWorkspace((state) => state.status?.mode ?? null);
  const { t } = useTranslation(['monitor', 'common']);
  const running = (batches ?? []).filter((batch) => !isBatchFinished(batch.status));
  useWatchBatches(running.map((batch) => batch.id));

  if (mode === 'none') {
    return (
      <EmptyState title={t('list.connectTitle')} actions={<ConnectWorkspaceActions />}>
        <p>{t('list.connectText')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ErrorNotice error={error} onRetry={() => void retry()} />
      {batches === null ? (
        loading ? (
          <p className="muted" role="status">
            {t('list.loading')}
          </p>
        ) : null
      ) : batches.length === 0 ? (
        <EmptyState title={t('list.emptyTitle')}>
          <p>{t('list.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="batch-list" aria-label={t('list.label')}>
            {batches.map((batch) => (
              <BatchRow key={batch.id} batch={batch} />
            ))}
          </ul>
          {nextCursor ? (
            <div className="row">
              <button
                type="button"
                className="button"
                disabled={loading}
                onClick={() => void loadMore()}
              >
                {loading ? t('list.loadingMore') : t('common:actions.loadMore')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
