import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../../shared/contract';
import type { AgentDetails } from '../../../../../shared/domain/agents/agent';
import { KeyValueEditor } from '../../../ui/KeyValueEditor';
import { variableLabel } from '../../recipients/variable-names';
import { CallerSetup } from './CallerSetup';
import { CountrySelect } from './CountrySelect';
import { useDraft } from './draft-store-context';
import { ScheduleEditor } from './ScheduleEditor';

function CampaignVariables(props: { agent: AgentDetails | null; readOnly: boolean }) {
  const { t } = useTranslation('campaigns');
  const variables = useDraft((state) => state.settings.variables);
  const update = useDraft((state) => state.update);
  const defaults = props.agent?.variableDefaults ?? {};
  return (
    <KeyValueEditor
      label={t('setup.values')}
      hint={t('setup.valuesHint')}
      entries={variables}
      onChange={(next) => update({ variables: next })}
      fixedKeys={props.agent?.variables ?? []}
      labelFor={variableLabel}
      placeholderFor={(key) =>
        defaults[key] ? t('setup.agentDefault', { value: defaults[key] }) : t('setup.noDefault')
      }
      keyLabel={t('setup.valueName')}
      addLabel={t('setup.addValue')}
      disabled={props.readOnly}
    />
  );
}

/** The campaign's settings: who calls, from which number, with which values, and when. */
export function CampaignSetup(props: {
  agent: AgentDetails | null;
  agentError: AppErrorShape | null;
  readOnly: boolean;
}) {
  const { t } = useTranslation('campaigns');
  const agent = useDraft((state) => state.settings.agent);
  const phoneNumber = useDraft((state) => state.settings.phoneNumber);
  const defaultCountry = useDraft((state) => state.settings.defaultCountry);
  const update = useDraft((state) => state.update);
  return (
    <>
      <section className="card" aria-labelledby="setup-caller">
        <h2 id="setup-caller">{t('setup.whoCalls')}</h2>
        <CallerSetup
          agent={agent}
          phoneNumber={phoneNumber}
          onChange={update}
          agentVariables={props.agent?.variables ?? []}
          agentError={props.agentError}
          readOnly={props.readOnly}
        />
      </section>
      <section className="card" aria-labelledby="setup-values">
        <h2 id="setup-values">{t('setup.countryAndValues')}</h2>
        <CountrySelect
          value={defaultCountry}
          onChange={(code) => update({ defaultCountry: code })}
          readOnly={props.readOnly}
        />
        <CampaignVariables agent={props.agent} readOnly={props.readOnly} />
      </section>
      <section className="card" aria-labelledby="setup-schedule">
        <h2 id="setup-schedule">{t('setup.whenToCall')}</h2>
        <ScheduleEditor readOnly={props.readOnly} />
      </section>
    </>
  );
}
