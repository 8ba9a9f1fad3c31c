import { useId, useRef, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import { describeLaunch, doNotCallSet } from '../../../../shared/domain/launch';
import { request, toAppError } from '../../api/callsheet';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { useDoNotCall } from '../do-not-call/do-not-call-store';
import { useWorkspace } from '../workspace/workspace-store';
import { people } from '../monitor/monitor-format';
import type { EstimateInputs } from './estimate-inputs';
import { describeBatchStart } from './launch-format';
import { updateDraftLaunch, useDraftLaunch } from './launch-store';
import { prepareLaunch, type LaunchPreparation } from './prepare-launch';

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

type Phase =
  { kind: 'idle' } | { kind: 'preparing' } | Confirming | { kind: 'failed'; error: AppErrorShape };

function problem(message: string): AppErrorShape {
  return { code: 'validation', message };
}

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
  if (saved.launch) {
    return { kind: 'failed', error: problem('This campaign was launched already.') };
  }
  if (saved.agent?.id !== agent.id) {
    return { kind: 'failed', error: problem('The campaign’s agent changed. Check it again.') };
  }
  const prepared = prepareLaunch(saved, agent, {
    doNotCall: doNotCallSet(entries ?? []),
    excludedIds,
    inputs,
    now: Date.now(),
  });
  if (!prepared.ok) return { kind: 'failed', error: problem(prepared.message) };
  if (prepared.requests.batches.length === 0) {
    return {
      kind: 'failed',
      error: problem('Nobody is left to call: every person was left out or cannot be called.'),
    };
  }
  const { name, revision } = saved;
  return { kind: 'confirming', name, revision, excludedIds, inputs, prepared };
}

function Confirmation(props: { prepared: Ready }) {
  const { requests, summary } = props.prepared;
  const sandbox = useWorkspace((state) => state.status?.mode === 'sandbox');
  return (
    <>
      {describeLaunch(summary).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {requests.batches.length > 1 ? (
        <ul className="problem-list" aria-label="When each batch starts">
          {requests.batches.map((batch) => (
            <li key={batch.batchKey}>
              Batch {batch.position}: {describeBatchStart(batch)} —{' '}
              {people(batch.recipientIds.length)}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">
        {sandbox
          ? 'This is the sandbox: the calls are simulated and nobody is rung.'
          : 'These are real calls.'}{' '}
        A batch that has not started yet can still be cancelled in Monitor.
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
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const launched = useRef(false);
  const headingId = useId();
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
      <h2 id={headingId}>5. Launch</h2>
      {props.blockers.length > 0 ? (
        <div className="launch-blockers" role="region" aria-label="Before you can launch">
          <p>Before you can launch:</p>
          <ul className="problem-list">
            {props.blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">
          Everything is ready. You’ll see exactly what happens before it does.
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={blocked || phase.kind === 'preparing'}
        onClick={() => void open()}
      >
        {phase.kind === 'preparing' ? 'Checking the saved campaign…' : 'Launch campaign…'}
      </button>
      {phase.kind === 'failed' ? <ErrorNotice error={phase.error} /> : null}
      {phase.kind === 'confirming' ? (
        <ConfirmDialog
          title={`Launch “${phase.name}”?`}
          confirmLabel={`Launch ${phase.prepared.summary.calls === 1 ? '1 call' : `${phase.prepared.summary.calls} calls`}`}
          onConfirm={() => launch(phase)}
          onClose={() => {
            setPhase({ kind: 'idle' });
            if (launched.current) props.onLaunched();
          }}
        >
          <Confirmation prepared={phase.prepared} />
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
