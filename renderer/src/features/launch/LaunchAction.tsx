import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import { doNotCallSet } from '../../../../shared/domain/launch';
import { request, toAppError } from '../../api/callsheet';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { useDoNotCall } from '../do-not-call/do-not-call-store';
import { useWorkspace } from '../workspace/workspace-store';
import type { EstimateInputs } from './estimate-inputs';
import { useDescribeBatchStart } from './launch-format';
import { useLaunchSentences } from './launch-sentences';
import { updateDraftLaunch, useDraftLaunch } from './launch-store';
import { prepareLaunch, type LaunchPreparation, type PreparationProblem } from './prepare-launch';

type Ready = Extract<LaunchPreparation, { ok: true }>;

/** What the user confirms, sent exactly as confirmed. */
interface Confirming {
  kind: 'confirming';
  name: string;
  revision: number;
  excludedIds: ReadonlySet<string>;
  inputs: EstimateInputs;
  prepared: Ready;
}

/** Why the saved campaign can't be launched as it is, found on the screen's own checks. */
type Refusal = PreparationProblem | 'launchedAlready' | 'agentChanged' | 'nobodyLeft';

type Phase =
  | { kind: 'idle' }
  | { kind: 'preparing' }
  | Confirming
  | { kind: 'refused'; reason: Refusal }
  | { kind: 'failed'; error: AppErrorShape };

const IDLE: Phase = { kind: 'idle' };

/**
 * Works the launch out again from the campaign as saved, which is what main will send, so the
 * confirmation states exactly that and not what the screen showed a moment before.
 */
async function prepareFromSaved(
  draftId: string,
  agent: AgentDetails,
  excludedIds: ReadonlySet<string>,
  inputs: EstimateInputs,
): Promise<Phase> {
  const [saved] = await Promise.all([
    request('getDraft', { id: draftId }),
    useDoNotCall.getState().load(),
  ]);
  const { entries, loadError } = useDoNotCall.getState();
  if (loadError) return { kind: 'failed', error: loadError };
  if (saved.launch) return { kind: 'refused', reason: 'launchedAlready' };
  if (saved.agent?.id !== agent.id) return { kind: 'refused', reason: 'agentChanged' };
  const prepared = prepareLaunch(saved, agent, {
    doNotCall: doNotCallSet(entries ?? []),
    excludedIds,
    inputs,
    now: Date.now(),
  });
  if (!prepared.ok) return { kind: 'refused', reason: prepared.problem };
  if (prepared.requests.batches.length === 0) return { kind: 'refused', reason: 'nobodyLeft' };
  const { name, revision } = saved;
  return { kind: 'confirming', name, revision, excludedIds, inputs, prepared };
}

function Confirmation(props: { prepared: Ready }) {
  const { t } = useTranslation('launch');
  const sentences = useLaunchSentences();
  const describeBatchStart = useDescribeBatchStart();
  const { requests, summary } = props.prepared;
  const sandbox = useWorkspace((state) => state.status?.mode === 'sandbox');
  return (
    <>
      {sentences.summary(summary).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {requests.batches.length > 1 ? (
        <ul className="problem-list" aria-label={t('action.batchStartsLabel')}>
          {requests.batches.map((batch) => (
            <li key={batch.batchKey}>
              {t('action.batchStart', {
                position: batch.position,
                start: describeBatchStart(batch),
                people: t('people', { count: batch.recipientIds.length }),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">
        {sandbox ? t('action.sandbox') : t('action.real')} {t('action.cancellable')}
      </p>
    </>
  );
}

/** Step 5: the one button that spends money, behind a confirmation that says exactly what. */
export function LaunchAction(props: {
  agent: AgentDetails;
  inputs: EstimateInputs | null;
  blockers: readonly string[];
  onLaunched: () => void;
}) {
  const draftId = useDraft((state) => state.id);
  const excludedIds = useDraftLaunch(draftId, (state) => state.excludedIds);
  const [phase, setPhase] = useState<Phase>(IDLE);
  const launched = useRef(false);
  const headingId = useId();
  const { t } = useTranslation('launch');
  const { inputs } = props;

  const open = async () => {
    if (inputs === null || phase.kind === 'preparing') return;
    setPhase({ kind: 'preparing' });
    try {
      setPhase(await prepareFromSaved(draftId, props.agent, excludedIds, inputs));
    } catch (reason) {
      setPhase({ kind: 'failed', error: toAppError(reason) });
    }
  };

  const launch = async (confirmed: Confirming): Promise<AppErrorShape | null> => {
    const { inputs } = confirmed;
    try {
      const outcome = await request('launchCampaign', {
        draftId,
        baseRevision: confirmed.revision,
        excludedIds: [...confirmed.excludedIds],
        ...(inputs.concurrency === null ? {} : { concurrency: inputs.concurrency }),
        averageCallSeconds: inputs.averageCallSeconds,
      });
      updateDraftLaunch(draftId, () => ({ outcome }));
      launched.current = true;
      return null;
    } catch (reason) {
      return toAppError(reason);
    }
  };

  const blocked = props.blockers.length > 0 || inputs === null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('action.heading')}</h2>
      {props.blockers.length > 0 ? (
        <div className="launch-blockers" role="region" aria-label={t('blockers.label')}>
          <p>{t('blockers.intro')}</p>
          <ul className="problem-list">
            {props.blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">{t('action.ready')}</p>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={blocked || phase.kind === 'preparing'}
        onClick={() => void open()}
      >
        {phase.kind === 'preparing' ? t('action.checking') : t('action.launch')}
      </button>
      {phase.kind === 'failed' ? <ErrorNotice error={phase.error} /> : null}
      {phase.kind === 'refused' ? (
        <div className="notice notice--error" role="alert">
          <span className="notice__text">
            {phase.reason === 'nobodyLeft'
              ? t('blockers.nobodyLeft')
              : t(`prepare.${phase.reason}`)}
          </span>
        </div>
      ) : null}
      {phase.kind === 'confirming' ? (
        <ConfirmDialog
          title={t('action.title', { name: phase.name })}
          confirmLabel={t('action.confirm', { count: phase.prepared.summary.calls })}
          onConfirm={() => launch(phase)}
          onClose={() => {
            setPhase(IDLE);
            if (launched.current) props.onLaunched();
          }}
        >
          <Confirmation prepared={phase.prepared} />
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
