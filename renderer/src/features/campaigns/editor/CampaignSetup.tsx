import { useId } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract';
import type { AgentDetails } from '../../../../../shared/domain/agents/agent';
import {
  listCountries,
  parseCountryCode,
  type CountryOption,
} from '../../../../../shared/domain/recipients';
import { KeyValueEditor } from '../../../ui/KeyValueEditor';
import { variableLabel } from '../../recipients/variable-names';
import { ConnectWorkspaceActions } from '../../workspace/ConnectWorkspace';
import { useWorkspace } from '../../workspace/workspace-store';
import { AgentPicker } from './AgentPicker';
import { useDraft } from './draft-store-context';
import { PhoneNumberPicker } from './PhoneNumberPicker';
import { ScheduleEditor } from './ScheduleEditor';

let countries: CountryOption[] | undefined;

function CountrySelect(props: { readOnly: boolean }) {
  const country = useDraft((state) => state.settings.defaultCountry);
  const update = useDraft((state) => state.update);
  const id = useId();
  countries ??= listCountries();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Country for numbers without a country code
      </label>
      <select
        id={id}
        className="input input--auto"
        value={country}
        disabled={props.readOnly}
        onChange={(event) => {
          const code = parseCountryCode(event.target.value);
          if (code) update({ defaultCountry: code });
        }}
      >
        {countries.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name} (+{option.callingCode})
          </option>
        ))}
      </select>
      <p className="hint">A number typed as 600 700 800 is read as a number in this country.</p>
    </div>
  );
}

function CampaignVariables(props: { agent: AgentDetails | null; readOnly: boolean }) {
  const variables = useDraft((state) => state.settings.variables);
  const update = useDraft((state) => state.update);
  const defaults = props.agent?.variableDefaults ?? {};
  return (
    <KeyValueEditor
      label="Values for every call"
      hint="Every recipient gets these values unless their own row says otherwise."
      entries={variables}
      onChange={(next) => update({ variables: next })}
      fixedKeys={props.agent?.variables ?? []}
      labelFor={variableLabel}
      placeholderFor={(key) =>
        defaults[key] ? `Agent’s default: ${defaults[key]}` : 'Not set — fill in per recipient'
      }
      keyLabel="Name"
      addLabel="Add a value"
      disabled={props.readOnly}
    />
  );
}

function NotConnectedNotice() {
  return (
    <div className="notice notice--warning notice--block">
      <p className="notice__text">
        You are not connected to an ElevenLabs workspace, so the agent and the phone number cannot
        be chosen right now. Everything else can be edited and is saved as you go.
      </p>
      <div className="row">
        <ConnectWorkspaceActions />
      </div>
    </div>
  );
}

/** The campaign's settings: who calls, from which number, with which values, and when. */
export function CampaignSetup(props: {
  agent: AgentDetails | null;
  agentError: AppErrorShape | null;
  readOnly: boolean;
}) {
  const mode = useWorkspace((state) => state.status?.mode ?? 'none');
  const phoneNumber = useDraft((state) => state.settings.phoneNumber);
  const connected = mode !== 'none';
  return (
    <>
      <section className="card" aria-labelledby="setup-caller">
        <h2 id="setup-caller">Who calls</h2>
        {connected ? null : <NotConnectedNotice />}
        <div className="setup-grid">
          <AgentPicker
            connected={connected}
            readOnly={props.readOnly}
            variables={props.agent?.variables ?? []}
            detailsError={props.agentError}
          />
          {connected ? (
            // A different workspace has different numbers.
            <PhoneNumberPicker key={mode} readOnly={props.readOnly} />
          ) : (
            <div className="picker">
              <h3 className="picker__title">Call from</h3>
              <p className={phoneNumber ? undefined : 'muted'}>
                {phoneNumber
                  ? `${phoneNumber.label} — ${phoneNumber.number}`
                  : 'No number chosen yet.'}
              </p>
            </div>
          )}
        </div>
      </section>
      <section className="card" aria-labelledby="setup-values">
        <h2 id="setup-values">Country and shared values</h2>
        <CountrySelect readOnly={props.readOnly} />
        <CampaignVariables agent={props.agent} readOnly={props.readOnly} />
      </section>
      <section className="card" aria-labelledby="setup-schedule">
        <h2 id="setup-schedule">When to call</h2>
        <ScheduleEditor readOnly={props.readOnly} />
      </section>
    </>
  );
}
