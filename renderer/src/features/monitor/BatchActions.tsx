import { useState, type ReactNode } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import { isBatchFinished } from '../../../../shared/domain/calls/batch';
import type { BatchListItem, BatchView } from '../../../../shared/domain/results';
import { request, toAppError } from '../../api/callsheet';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { showToast } from '../../ui/toast-store';
import { useBatchList } from './batch-list-store';
import { useBatchView } from './batch-view-store';
import { batchName, number, people } from './monitor-format';

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

function plans(view: BatchView): Record<Action, ActionPlan> {
  const { batch, counts } = view;
  const name = batchName(batch.name);
  const running = !isBatchFinished(batch.status);
  const underWay = counts.dispatched + counts.initiated + counts.in_progress;
  const again = counts.failed + counts.voicemail;
  return {
    cancel: {
      label: 'Cancel',
      unavailable: running ? null : 'This batch has already finished.',
      title: `Cancel “${name}”?`,
      message: (
        <p>
          {counts.pending > 0
            ? `${people(counts.pending)} not yet called won’t be called. `
            : 'Everyone has already been called. '}
          {underWay > 0
            ? `${number.format(underWay)} ${underWay === 1 ? 'call' : 'calls'} under way finish normally. `
            : ''}
          This can’t be undone.
        </p>
      ),
      confirmLabel: 'Cancel the batch',
      cancelLabel: 'Keep calling',
      danger: true,
    },
    retry: {
      label: 'Call again who wasn’t reached',
      unavailable: running
        ? 'You can call people again once the batch has finished.'
        : again === 0
          ? 'Everyone was reached.'
          : null,
      title: `Call again in “${name}”?`,
      message: (
        <p>
          {people(again)} will be called again now
          {counts.failed > 0 && counts.voicemail > 0
            ? `: ${number.format(counts.failed)} not reached and ${number.format(counts.voicemail)} who got voicemail`
            : counts.voicemail > 0
              ? ', whose calls went to voicemail'
              : ', who weren’t reached'}
          . People who answered are not called again.
        </p>
      ),
      confirmLabel: `Call ${people(again)} again`,
      cancelLabel: 'Not now',
      danger: false,
    },
    delete: {
      label: 'Delete',
      unavailable: running ? 'Cancel the batch first, or wait until it has finished.' : null,
      title: `Delete “${name}” from ElevenLabs?`,
      message: (
        <p>
          The batch and its list of calls are removed from your ElevenLabs workspace and from this
          list. The results already saved on this computer stay, so the campaign’s export still has
          them. This can’t be undone.
        </p>
      ),
      confirmLabel: 'Delete the batch',
      cancelLabel: 'Keep it',
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
  const all = plans(props.view);

  const run = async (action: Action): Promise<AppErrorShape | null> => {
    try {
      if (action === 'delete') {
        await request('deleteBatch', { batchId });
        removeFromList(batchId);
        closeBatch();
        focusMonitorHeading();
        showToast(`Deleted “${batchName(props.view.batch.name)}” from ElevenLabs.`);
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
