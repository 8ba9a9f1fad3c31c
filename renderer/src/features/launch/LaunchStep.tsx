import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { useDoNotCall } from '../do-not-call/do-not-call-store';
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
  const { t } = useTranslation('launch');
  const draftId = useDraft((state) => state.id);
  const notSaved = useDraft((state) => unsavedReason(state.save, t));
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
    recipientCount === 0 ? t('blockers.noRecipients') : null,
    missing.length > 0 ? t('blockers.missing', { count: missing.length }) : null,
    variableReview.disallowed.length > 0 ? t('blockers.disallowed') : null,
    preparation === null ? t('blockers.estimate') : null,
    preparation?.ok === false ? t(`prepare.${preparation.problem}`) : null,
    recipientCount > 0 && preparation?.ok && preparation.requests.batches.length === 0
      ? t('blockers.nobodyLeft')
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
  const { t } = useTranslation('launch');

  if (launch) return <LaunchedSummary launch={launch} />;
  if (!connected) {
    return <p className="notice notice--warning">{t('notConnected')}</p>;
  }
  if (!agentChosen) {
    return <p className="muted">{t('noAgent')}</p>;
  }
  if (props.agentError) return <ErrorNotice error={props.agentError} />;
  if (!props.agent) return <p className="muted">{t('readingAgent')}</p>;
  return (
    <ReadyToLaunch
      agent={props.agent}
      onShowRecipients={props.onShowRecipients}
      onLaunched={props.onLaunched}
    />
  );
}
