import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import { isBatchFinished } from '../../../../shared/domain/calls/batch';
import type { BatchListItem, BatchView } from '../../../../shared/domain/results';
import { request, toAppError } from '../../api/callsheet';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { showToast } from '../../ui/toast-store';
import { useBatchList } from './batch-list-store';
import { useBatchView } from './batch-view-store';
import { batchName } from './monitor-format';

type Action = 'cancel' | 'retry' | 'delete';

interface ActionPlan {
  label: string;
  /** Why the action does not apply now; null when it does. */
  unavailable: string | null;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger: boolean;
}

function plans(view: BatchView, t: TFunction<'monitor'>): Record<Action, ActionPlan> {
  const { batch, counts } = view;
  const name = batchName(batch.name);
  const running = !isBatchFinished(batch.status);
  const underWay = counts.dispatched + counts.initiated + counts.in_progress;
  const again = counts.failed + counts.voicemail;
  const reached =
    counts.failed > 0 && counts.voicemail > 0
      ? 'both'
      : counts.voicemail > 0
        ? 'voicemail'
        : 'unreached';
  return {
    cancel: {
      label: t('actions.cancel.label'),
      unavailable: running ? null : t('actions.cancel.finished'),
      title: t('actions.cancel.title', { name }),
      message: (
        <p>
          {counts.pending > 0
            ? t('actions.cancel.notCalled', { count: counts.pending })
            : t('actions.cancel.allCalled')}{' '}
          {underWay > 0 ? `${t('actions.cancel.underWay', { count: underWay })} ` : ''}
          {t('actions.cannotUndo')}
        </p>
      ),
      confirmLabel: t('actions.cancel.confirm'),
      cancelLabel: t('actions.cancel.keep'),
      danger: true,
    },
    retry: {
      label: t('actions.retry.label'),
      unavailable: running
        ? t('actions.retry.running')
        : again === 0
          ? t('actions.retry.allReached')
          : null,
      title: t('actions.retry.title', { name }),
      message: (
        <p>
          {t(`actions.retry.${reached}`, {
            count: again,
            failed: counts.failed,
            voicemail: counts.voicemail,
          })}{' '}
          {t('actions.retry.answeredNot')}
        </p>
      ),
      confirmLabel: t('actions.retry.confirm', { count: again }),
      cancelLabel: t('actions.retry.notNow'),
      danger: false,
    },
    delete: {
      label: t('actions.delete.label'),
      unavailable: running ? t('actions.delete.running') : null,
      title: t('actions.delete.title', { name }),
      message: (
        <p>
          {t('actions.delete.text')} {t('actions.cannotUndo')}
        </p>
      ),
      confirmLabel: t('actions.delete.confirm'),
      cancelLabel: t('actions.delete.keep'),
      danger: true,
    },
  };
}

/** Where focus goes once the batch is gone: the Monitor's heading, at the top of the list. */
function focusMonitorHeading() {
  requestAnimationFrame(() => document.getElementById('monitor-heading')?.focus());
}

/** Cancel, call again and delete, each after a dialog saying exactly what will happen. */
export function BatchActions(props: { view: BatchView }) {
  const [confirming, setConfirming] = useState<Action | null>(null);
  const replaceInList = useBatchList((state) => state.replace);
  const removeFromList = useBatchList((state) => state.remove);
  const replaceSummary = useBatchView((state) => state.replaceSummary);
  const closeBatch = useBatchView((state) => state.close);
  const batchId = props.view.batch.id;
  const { t } = useTranslation('monitor');
  const all = plans(props.view, t);

  const run = async (action: Action): Promise<AppErrorShape | null> => {
    try {
      if (action === 'delete') {
        await request('deleteBatch', { batchId });
        removeFromList(batchId);
        closeBatch();
        focusMonitorHeading();
        showToast(t('actions.delete.done', { name: batchName(props.view.batch.name) }));
        return null;
      }
      const changed: BatchListItem = await request(
        action === 'cancel' ? 'cancelBatch' : 'retryBatch',
        { batchId },
      );
      replaceInList(changed);
      replaceSummary(changed);
      return null;
    } catch (error) {
      return toAppError(error);
    }
  };

  const plan = confirming ? all[confirming] : null;
  // Disabled buttons cannot be focused, so why they are disabled is said in plain view too.
  const reasons = [...new Set(Object.values(all).flatMap((each) => each.unavailable ?? []))];
  return (
    <div className="batch-actions">
      {(Object.keys(all) as Action[]).map((action) => (
        <button
          key={action}
          type="button"
          className={`button${action === 'retry' ? '' : ' button--danger-outline'}`}
          disabled={all[action].unavailable !== null}
          title={all[action].unavailable ?? undefined}
          onClick={() => setConfirming(action)}
        >
          {all[action].label}
        </button>
      ))}
      {reasons.length > 0 ? <p className="hint batch-actions__why">{reasons.join(' ')}</p> : null}
      {confirming && plan ? (
        <ConfirmDialog
          title={plan.title}
          confirmLabel={plan.confirmLabel}
          cancelLabel={plan.cancelLabel}
          danger={plan.danger}
          onConfirm={() => run(confirming)}
          onClose={() => setConfirming(null)}
        >
          {plan.message}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
