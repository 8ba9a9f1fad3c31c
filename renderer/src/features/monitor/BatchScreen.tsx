import { useCallback, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECIPIENT_CALL_STATUSES } from '../../../../shared/domain/calls/batch';
import type { BatchView, BatchViewRecipient } from '../../../../shared/domain/results';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { BatchActions } from './BatchActions';
import { BatchProgress } from './BatchProgress';
import { BatchStatusBadge } from './BatchStatusBadge';
import { useBatchView } from './batch-view-store';
import { filterCalls, type CallFilter } from './call-filter';
import { CallTable } from './CallTable';
import { ConversationDialog } from './ConversationDialog';
import { ExportResultsButton } from './ExportResultsButton';
import { FollowUpDialog } from './FollowUpDialog';
import { StatusChart } from './StatusChart';
import { batchName, batchTimes, campaignLabel } from './monitor-format';
import { useWatchBatches } from './use-watch-batches';

function BatchHeader(props: { view: BatchView; onBack: () => void }) {
  const { batch, campaign, offline, fetchedAt } = props.view;
  const { t } = useTranslation('monitor');
  const format = useFormat();
  const at = format.timeWithSeconds(fetchedAt);
  return (
    <header className="batch-header">
      <button type="button" className="link-button" onClick={props.onBack}>
        {t('batch.back')}
      </button>
      <div className="batch-header__row">
        <h1>{batchName(batch.name)}</h1>
        <BatchStatusBadge status={batch.status} />
        {offline ? (
          <span className="status-badge status-badge--offline">
            {t('batch.offlineBadge', { at })}
          </span>
        ) : (
          <span className="batch-header__live">{t('batch.lastChange', { at })}</span>
        )}
      </div>
      <p className="batch-header__meta">
        {campaignLabel(campaign, t)} · {t('batch.agent', { name: batch.agentName })} ·{' '}
        {batchTimes(batch, t, format)}
      </p>
      <BatchActions view={props.view} />
      {offline ? <p className="notice notice--warning">{t('batch.offline')}</p> : null}
    </header>
  );
}

function ResultsCard(props: { view: BatchView }) {
  const { campaign } = props.view;
  const { t } = useTranslation('monitor');
  const [followingUp, setFollowingUp] = useState(false);
  if (!campaign) return <p className="hint">{t('results.noCampaign')}</p>;
  return (
    <section className="card" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('results.heading', { name: campaign.name })}</h2>
      <p className="muted">{t('results.text')}</p>
      <div className="results-actions">
        <ExportResultsButton draftId={campaign.draftId} />
        <button type="button" className="button" onClick={() => setFollowingUp(true)}>
          {t('results.followUp')}
        </button>
      </div>
      {followingUp ? (
        <FollowUpDialog
          campaign={campaign}
          view={props.view}
          onClose={() => setFollowingUp(false)}
        />
      ) : null}
    </section>
  );
}

function CallFilterBar(props: {
  view: BatchView;
  filter: CallFilter;
  onChange: (filter: CallFilter) => void;
}) {
  const { counts, recipients } = props.view;
  const { t } = useTranslation('monitor');
  const format = useFormat();
  const id = useId();
  return (
    <div className="toolbar">
      <label className="visually-hidden" htmlFor={`${id}-search`}>
        {t('filter.search')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="input toolbar__search"
        placeholder={t('filter.search')}
        value={props.filter.search}
        onChange={(event) => props.onChange({ ...props.filter, search: event.target.value })}
      />
      <label className="field-label call-filter__status">
        {t('filter.show')}
        <select
          className="input input--auto"
          value={props.filter.status}
          onChange={(event) =>
            props.onChange({
              ...props.filter,
              status: event.target.value as CallFilter['status'],
            })
          }
        >
          <option value="all">
            {t('filter.everyone', { total: format.number(recipients.length) })}
          </option>
          {RECIPIENT_CALL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t('filter.status', {
                status: t(`callStatus.${status}`),
                total: format.number(counts[status]),
              })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function CallsCard(props: { view: BatchView }) {
  const { view } = props;
  const { t } = useTranslation('monitor');
  const [filter, setFilter] = useState<CallFilter>({ status: 'all', search: '' });
  // Typing stays quick in a 10,000-call batch: the list follows a moment later.
  const deferred = useDeferredValue(filter);
  const calls = useMemo(() => filterCalls(view.recipients, deferred), [view.recipients, deferred]);
  const [openCallId, setOpenCallId] = useState<string | null>(null);
  // The row as it is now: its status and result keep changing while the call is open.
  const openCall = openCallId
    ? (view.recipients.find((call) => call.id === openCallId) ?? null)
    : null;
  const onOpen = useCallback((call: BatchViewRecipient) => setOpenCallId(call.id), []);

  return (
    <section className="card" aria-labelledby="calls-heading">
      <h2 id="calls-heading">{t('calls.heading')}</h2>
      <CallFilterBar view={view} filter={filter} onChange={setFilter} />
      <CallTable calls={calls} total={view.recipients.length} onOpen={onOpen} />
      {openCall?.conversationId ? (
        <ConversationDialog
          key={openCall.conversationId}
          call={openCall}
          conversationId={openCall.conversationId}
          onClose={() => setOpenCallId(null)}
        />
      ) : null}
    </section>
  );
}

/** One batch, live: its progress, calls by status, every call, and what can be done with it. */
export function BatchScreen(props: { batchId: string }) {
  const { batchId } = props;
  // A view still held from another batch is never shown under this one's name.
  const view = useBatchView((state) => (state.view?.batch.id === batchId ? state.view : null));
  const error = useBatchView((state) => state.error);
  const reload = useBatchView((state) => state.reload);
  const close = useBatchView((state) => state.close);
  const { t } = useTranslation('monitor');
  useWatchBatches([batchId]);

  // What is held may be from an earlier visit; updates missed while away are fetched now.
  useEffect(() => {
    void reload();
  }, [batchId, reload]);

  const back = () => {
    close();
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-batch-id="${CSS.escape(batchId)}"] .batch-item__open`)
        ?.focus(),
    );
  };

  if (!view) {
    return (
      <>
        <button type="button" className="link-button" onClick={back}>
          {t('batch.back')}
        </button>
        {error ? (
          <EmptyState title={t('batch.cannotShow')}>
            <ErrorNotice error={error} onRetry={() => void reload()} />
          </EmptyState>
        ) : (
          <p className="muted" role="status">
            {t('batch.loading')}
          </p>
        )}
      </>
    );
  }
  return (
    <>
      <BatchHeader view={view} onBack={back} />
      <ErrorNotice error={error} onRetry={() => void reload()} />
      <section className="card batch-overview" aria-label={t('batch.progress')}>
        <BatchProgress batch={view.batch} label={t('batch.callsFinished')} />
        <StatusChart counts={view.counts} />
      </section>
      <ResultsCard view={view} />
      <CallsCard view={view} />
    </>
  );
}
