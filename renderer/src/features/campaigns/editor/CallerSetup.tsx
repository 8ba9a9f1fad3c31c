import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../../shared/contract';
import type { DraftContent } from '../../../../../shared/domain/drafts/draft';
import { ConnectWorkspaceActions } from '../../workspace/ConnectWorkspace';
import { useWorkspace } from '../../workspace/workspace-store';
import { AgentPicker } from './AgentPicker';
import { PhoneNumberPicker } from './PhoneNumberPicker';

/** Who places the calls; campaigns and tasks choose them alike. */
export type CallerChoice = Pick<DraftContent, 'agent' | 'phoneNumber'>;

function NotConnectedNotice() {
  const { t } = useTranslation('campaigns');
  return (
    <div className="notice notice--warning notice--block">
      <p className="notice__text">{t('caller.notConnected')}</p>
      <div className="row">
        <ConnectWorkspaceActions />
      </div>
    </div>
  );
}

/** The agent and the number to call from, both chosen by name from the connected workspace. */
export function CallerSetup(
  props: CallerChoice & {
    onChange: (patch: Partial<CallerChoice>) => void;
    /** The chosen agent's variables, once its details are known. */
    agentVariables: readonly string[];
    agentError: AppErrorShape | null;
    readOnly: boolean;
  },
) {
  const { t } = useTranslation('campaigns');
  const mode = useWorkspace((state) => state.status?.mode ?? 'none');
  const { phoneNumber, onChange } = props;
  const connected = mode !== 'none';
  return (
    <>
      {connected ? null : <NotConnectedNotice />}
      <div className="setup-grid">
        <AgentPicker
          agent={props.agent}
          onChoose={(agent) => onChange({ agent })}
          connected={connected}
          readOnly={props.readOnly}
          variables={props.agentVariables}
          detailsError={props.agentError}
        />
        {connected ? (
          // A different workspace has different numbers.
          <PhoneNumberPicker
            key={mode}
            chosen={phoneNumber}
            onChange={(chosen) => onChange({ phoneNumber: chosen })}
            readOnly={props.readOnly}
          />
        ) : (
          <div className="picker">
            <h3 className="picker__title">{t('caller.callFrom')}</h3>
            <p className={phoneNumber ? undefined : 'muted'}>
              {phoneNumber ? `${phoneNumber.label} — ${phoneNumber.number}` : t('caller.noNumber')}
            </p>
          </div>
        )}
      </div>
    </>
  );
}
