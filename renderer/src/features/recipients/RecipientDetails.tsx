import { useEffect, useId, useRef, type ReactNode } from 'react';
import {
  recipientField,
  type RecipientIssue,
  type StoredRecipient,
} from '../../../../shared/domain/recipients';
import { KeyValueEditor } from '../../ui/KeyValueEditor';
import { TextField } from '../../ui/TextField';
import { TextListEditor } from '../../ui/TextListEditor';
import { AddToDoNotCallButton } from '../do-not-call/AddToDoNotCallButton';
import { ChoiceSelect } from './ChoiceSelect';
import { calendarDateProblem, callWindowProblem } from './entry-checks';
import { LANGUAGE_LIST_ID, TIME_ZONE_LIST_ID } from './recipient-columns';
import { issuesFor } from './recipient-store';
import { useRecipients, useRecipientStore } from './recipient-store-context';
import {
  patchGroup,
  problemFor,
  problemsByPosition,
  readText,
  writeText,
  type TextFieldPath,
} from './recipient-values';
import { TagEditor } from './TagEditor';
import { variableLabel } from './variable-names';

/** What the campaign says about variables, for each recipient's overrides. */
export interface CampaignVariableContext {
  /** The agent's variables, spelled as the agent spells them. */
  agentVariables: readonly string[];
  /** Values every recipient gets unless it has its own. */
  campaignValues: Readonly<Record<string, string>>;
  agentDefaults: Readonly<Record<string, string>>;
}

function Section(props: { title: string; open: boolean; children: ReactNode }) {
  return (
    <details className="detail-section" open={props.open}>
      <summary>{props.title}</summary>
      <div className="detail-section__body">{props.children}</div>
    </details>
  );
}

interface FormProps {
  row: StoredRecipient;
  issues: readonly RecipientIssue[] | undefined;
  readOnly: boolean;
  variables: CampaignVariableContext;
}

function RecipientForm({ row, issues, readOnly, variables }: FormProps) {
  const store = useRecipientStore();
  const save = (next: StoredRecipient) => store.getState().editRow(row.id, next);
  const text = (path: TextFieldPath, extra: { list?: string; type?: string } = {}) => {
    const info = recipientField(path);
    return (
      <TextField
        label={info.label}
        value={readText(row, path)}
        placeholder={`e.g. ${info.example}`}
        disabled={readOnly}
        problem={problemFor(issues, path)?.message}
        check={(typed) =>
          problemFor(store.getState().checkRow(writeText(row, path, typed)), path)?.message
        }
        onCommit={(typed) => save(writeText(row, path, typed))}
        autoComplete="off"
        {...extra}
      />
    );
  };
  const choice = (path: 'metadata.priority' | 'metadata.customer_type') => {
    const info = recipientField(path);
    const id = `${row.id}-${path}`;
    const problem = problemFor(issues, path)?.message;
    return (
      <div className="field">
        <label htmlFor={id} className="field-label">
          {info.label}
        </label>
        <ChoiceSelect
          id={id}
          className="input"
          value={readText(row, path).toLowerCase()}
          choices={info.options ?? []}
          disabled={readOnly}
          aria-invalid={problem ? true : undefined}
          onChoose={(value) => save(writeText(row, path, value))}
        />
        {problem ? <p className="field-problem">{problem}</p> : null}
      </div>
    );
  };
  const { agentVariables, campaignValues, agentDefaults } = variables;

  return (
    <>
      <Section title="Contact" open>
        {text('phone_number', { type: 'tel' })}
        {text('contact_info.name')}
        {text('contact_info.company')}
        {text('contact_info.title')}
        {text('contact_info.department')}
      </Section>
      <Section title="Preferences" open>
        {text('preferences.language', { list: LANGUAGE_LIST_ID })}
        {text('preferences.timezone', { list: TIME_ZONE_LIST_ID })}
        <TextListEditor
          label="Best call times"
          itemLabel={(index) => `Call time ${index + 1}`}
          items={row.preferences.best_call_times}
          onChange={(best_call_times) => save(patchGroup(row, 'preferences', { best_call_times }))}
          problems={problemsByPosition(issues, 'preferences.best_call_times')}
          check={callWindowProblem}
          placeholder="09:00-12:00"
          addLabel="Add call time"
          hint="In the person’s own time zone."
          disabled={readOnly}
        />
        <TextListEditor
          label="Do-not-call dates"
          itemLabel={(index) => `Do-not-call date ${index + 1}`}
          items={row.preferences.blackout_dates}
          onChange={(blackout_dates) => save(patchGroup(row, 'preferences', { blackout_dates }))}
          problems={problemsByPosition(issues, 'preferences.blackout_dates')}
          check={calendarDateProblem}
          inputType="date"
          addLabel="Add date"
          disabled={readOnly}
        />
      </Section>
      <Section title="Values for the agent" open={agentVariables.length > 0}>
        <KeyValueEditor
          label="Values for this person"
          hint="Leave one empty to use the campaign’s value."
          entries={row.variables}
          onChange={(next) => save({ ...row, variables: next })}
          fixedKeys={agentVariables}
          labelFor={variableLabel}
          placeholderFor={(key) => campaignValues[key] || agentDefaults[key] || 'Not set'}
          problemFor={(key) => problemFor(issues, `variables.${key}`)?.message}
          keyLabel="Name"
          addLabel="Add a value"
          disabled={readOnly}
        />
      </Section>
      <Section title="Advanced" open={false}>
        {choice('metadata.priority')}
        {choice('metadata.customer_type')}
        <TagEditor
          tags={row.metadata.tags}
          onChange={(tags) => save(patchGroup(row, 'metadata', { tags }))}
          problems={problemsByPosition(issues, 'metadata.tags')}
          disabled={readOnly}
        />
        <KeyValueEditor
          label="Custom fields"
          entries={row.metadata.custom_fields}
          onChange={(custom_fields) => save(patchGroup(row, 'metadata', { custom_fields }))}
          problemFor={(key) => problemFor(issues, `metadata.custom_fields.${key}`)?.message}
          keyLabel="Field name"
          addLabel="Add a field"
          disabled={readOnly}
        />
      </Section>
    </>
  );
}

/** The side panel with everything about one recipient, grouped like the import form. */
export function RecipientDetails(props: {
  variables: CampaignVariableContext;
  onRemove: (ids: readonly string[]) => void;
}) {
  const store = useRecipientStore();
  const detailsId = useRecipients((state) => state.detailsId);
  const row = useRecipients((state) => {
    const index = state.detailsId === null ? undefined : state.indexById.get(state.detailsId);
    return index === undefined ? undefined : state.recipients[index];
  });
  const issues = useRecipients((state) =>
    state.detailsId === null ? undefined : issuesFor(state, state.detailsId),
  );
  const readOnly = useRecipients((state) => state.readOnly);
  const defaultCountry = useRecipients((state) => state.defaultCountry);
  const panel = useRef<HTMLElement>(null);
  const headingId = useId();

  // Opening the panel (or switching rows) takes the keyboard into it.
  useEffect(() => {
    if (detailsId !== null) panel.current?.focus();
  }, [detailsId]);

  if (!row) return null;
  const title = row.contact_info.name || row.phone_number || 'New recipient';
  return (
    <aside
      ref={panel}
      className="recipient-details"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        store.getState().closeDetails();
      }}
    >
      <header className="recipient-details__header">
        <h3 id={headingId}>{title}</h3>
        <button
          type="button"
          className="icon-button"
          aria-label="Close details"
          onClick={() => store.getState().closeDetails()}
        >
          ×
        </button>
      </header>
      {issues && issues.length > 0 ? (
        <ul className="detail-issues" aria-label="Problems">
          {issues.map((issue, index) => (
            <li
              key={index}
              className={`detail-issues__item detail-issues__item--${issue.severity}`}
            >
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      <RecipientForm
        key={row.id}
        row={row}
        issues={issues}
        readOnly={readOnly}
        variables={props.variables}
      />
      <AddToDoNotCallButton
        phoneNumber={row.phone_number}
        defaultCountry={defaultCountry}
        note={row.contact_info.name ?? ''}
      />
      {readOnly ? null : (
        <button
          type="button"
          className="button button--danger-outline"
          onClick={() => props.onRemove([row.id])}
        >
          Remove this recipient
        </button>
      )}
    </aside>
  );
}
