import { useEffect } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { useDoNotCall } from '../do-not-call/do-not-call-store';
import { people } from '../monitor/monitor-format';
import { useRecipients, useRecipientStore } from '../recipients/recipient-store-context';
import { useWorkspace } from '../workspace/workspace-store';
import { FirstMessagePreview } from './FirstMessagePreview';
import { LaunchAction } from './LaunchAction';
import { LaunchedSummary } from './LaunchedSummary';
import { useDraftLaunch } from './launch-store';
import { LaunchPlan } from './LaunchPlan';
import { TestCall } from './TestCall';
import { unsavedReason } from './unsaved-reason';
import { useLaunchReview } from './use-launch-review';
import { VariableCheck } from './VariableCheck';

/** The checks, the test call, the plan and the launch, once the agent is known. */
function ReadyToLaunch(props: {
  agent: AgentDetails;
  onShowRecipients: () => void;
  onLaunched: () => void;
}) {
  const { agent } = props;
  const draftId = useDraft((state) => state.id);
  const notSaved = useDraft((state) => unsavedReason(state.save));
  const recipientCount = useRecipients((state) => state.recipients.length);
  const recipientStore = useRecipientStore();
  const excludedIds = useDraftLaunch(draftId, (state) => state.excludedIds);
  const { variableReview, estimateInputs, preparation } = useLaunchReview(agent);

  useEffect(() => {
    // Fresh each visit: numbers may have been added in Settings or from a recipient.
    void useDoNotCall.getState().load();
  }, []);

  const showRecipient = (id: string) => {
    recipientStore.getState().openDetails(id);
    props.onShowRecipients();
  };

  const missing = variableReview.missing.filter((entry) => !excludedIds.has(entry.recipientId));
  const blockers = [
    recipientCount === 0 ? 'Add the people to call on the Recipients tab.' : null,
    missing.length > 0
      ? `${people(missing.length)} ${missing.length === 1 ? 'is' : 'are'} missing a value the agent needs (step 1).`
      : null,
    variableReview.disallowed.length > 0
      ? 'Some people have changes the agent does not allow (step 1).'
      : null,
    preparation === null ? 'Fix the numbers in step 4.' : null,
    preparation?.ok === false ? preparation.message : null,
    recipientCount > 0 && preparation?.ok && preparation.requests.batches.length === 0
      ? 'Nobody is left to call: every person was left out or cannot be called.'
      : null,
    notSaved,
  ].filter((blocker): blocker is string => blocker !== null);

  return (
    <div className="launch-step">
      <VariableCheck
        review={variableReview}
        agentName={agent.name}
        onShowRecipient={showRecipient}
      />
      <FirstMessagePreview agent={agent} />
      <TestCall />
      <LaunchPlan preparation={preparation} problems={estimateInputs.problems} />
      <LaunchAction
        agent={agent}
        inputs={estimateInputs.inputs}
        blockers={blockers}
        onLaunched={props.onLaunched}
      />
    </div>
  );
}

/** The draft editor's Launch tab: check, preview, test, plan and send the campaign. */
export function LaunchStep(props: {
  agent: AgentDetails | null;
  agentError: AppErrorShape | null;
  onShowRecipients: () => void;
  onLaunched: () => void;
}) {
  const launch = useDraft((state) => state.launch);
  const agentChosen = useDraft((state) => state.settings.agent !== null);
  const connected = useWorkspace((state) => (state.status?.mode ?? 'none') !== 'none');

  if (launch) return <LaunchedSummary launch={launch} />;
  if (!connected) {
    return (
      <p className="notice notice--warning">
        Connect an ElevenLabs workspace (in Settings) to check, test and launch this campaign.
      </p>
    );
  }
  if (!agentChosen) {
    return <p className="muted">Choose the agent that makes the calls on the Setup tab first.</p>;
  }
  if (props.agentError) return <ErrorNotice error={props.agentError} />;
  if (!props.agent) return <p className="muted">Reading the agent’s settings…</p>;
  return (
    <ReadyToLaunch
      agent={props.agent}
      onShowRecipients={props.onShowRecipients}
      onLaunched={props.onLaunched}
    />
  );
}
