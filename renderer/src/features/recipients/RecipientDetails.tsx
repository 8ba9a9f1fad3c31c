import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CUSTOMER_TYPES,
  PRIORITIES,
  type RecipientIssue,
  type StoredRecipient,
} from '../../../../shared/domain/recipients';
import { KeyValueEditor } from '../../ui/KeyValueEditor';
import { TextField } from '../../ui/TextField';
import { TextListEditor } from '../../ui/TextListEditor';
import { AddToDoNotCallButton } from '../do-not-call/AddToDoNotCallButton';
import { ChoiceSelect } from './ChoiceSelect';
import { useEntryChecks } from './entry-checks';
import { useIssueWords } from './issue-text';
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

type ChoiceFieldPath = 'metadata.priority' | 'metadata.customer_type';

const CONTACT_FIELDS: readonly TextFieldPath[] = [
  'phone_number',
  'contact_info.name',
  'contact_info.company',
  'contact_info.title',
  'contact_info.department',
];
const PREFERENCE_FIELDS: readonly TextFieldPath[] = [
  'preferences.language',
  'preferences.timezone',
];
const CHOICE_FIELDS: readonly ChoiceFieldPath[] = ['metadata.priority', 'metadata.customer_type'];
const INPUT_EXTRAS: Partial<Record<TextFieldPath, { list?: string; type?: string }>> = {
  phone_number: { type: 'tel' },
  'preferences.language': { list: LANGUAGE_LIST_ID },
  'preferences.timezone': { list: TIME_ZONE_LIST_ID },
};

function RecipientForm({ row, issues, readOnly, variables }: FormProps) {
  const { t } = useTranslation('recipients');
  const words = useIssueWords();
  const checks = useEntryChecks(useRecipients((state) => state.defaultCountry));
  const store = useRecipientStore();
  const save = (next: StoredRecipient) => store.getState().editRow(row.id, next);
  const problemText = (found: RecipientIssue | undefined) =>
    found ? words.issue(found) : undefined;
  const problemsAt = (path: string) =>
    new Map([...problemsByPosition(issues, path)].map(([at, found]) => [at, words.issue(found)]));
  const text = (path: TextFieldPath) => {
    return (
      <TextField
        key={path}
        label={t(`fields.${path}.label`)}
        value={readText(row, path)}
        placeholder={t('details.example', { example: t(`fields.${path}.example`) })}
        disabled={readOnly}
        problem={problemText(problemFor(issues, path))}
        check={(typed) =>
          problemText(problemFor(store.getState().checkRow(writeText(row, path, typed)), path))
        }
        onCommit={(typed) => save(writeText(row, path, typed))}
        autoComplete="off"
        {...INPUT_EXTRAS[path]}
      />
    );
  };
  const choice = (path: ChoiceFieldPath) => {
    const id = `${row.id}-${path}`;
    const problem = problemText(problemFor(issues, path));
    const choices =
      path === 'metadata.priority'
        ? PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))
        : CUSTOMER_TYPES.map((value) => ({ value, label: t(`customerType.${value}`) }));
    return (
      <div key={path} className="field">
        <label htmlFor={id} className="field-label">
          {t(`fields.${path}.label`)}
        </label>
        <ChoiceSelect
          id={id}
          className="input"
          value={readText(row, path).toLowerCase()}
          choices={choices}
          disabled={readOnly}
          aria-invalid={problem ? true : undefined}
          onChoose={(value) => save(writeText(row, path, value))}
        />
        {problem ? <p className="field-problem">{problem}</p> : null}
      </div>
    );
  };
  const { agentVariables, campaignValues, agentDefaults } = variables;
  const setPreferences = (patch: Partial<StoredRecipient['preferences']>) =>
    save(patchGroup(row, 'preferences', patch));
  const setMetadata = (patch: Partial<StoredRecipient['metadata']>) =>
    save(patchGroup(row, 'metadata', patch));
  const callTimeProblems = problemsAt('preferences.best_call_times');
  const blackoutProblems = problemsAt('preferences.blackout_dates');
  const tagProblems = problemsAt('metadata.tags');

  return (
    <>
      <Section title={t('details.contact')} open>
        {CONTACT_FIELDS.map(text)}
      </Section>
      <Section title={t('details.preferences')} open>
        {PREFERENCE_FIELDS.map(text)}
        <TextListEditor
          label={t('fields.preferences.best_call_times.label')}
          itemLabel={(index) => t('details.callTime', { n: index + 1 })}
          items={row.preferences.best_call_times}
          onChange={(best_call_times) => setPreferences({ best_call_times })}
          problems={callTimeProblems}
          check={checks.callWindow}
          placeholder={t('fields.preferences.best_call_times.example')}
          addLabel={t('details.addCallTime')}
          hint={t('details.callTimesHint')}
          disabled={readOnly}
        />
        <TextListEditor
          label={t('fields.preferences.blackout_dates.label')}
          itemLabel={(index) => t('details.blackoutDate', { n: index + 1 })}
          items={row.preferences.blackout_dates}
          onChange={(blackout_dates) => setPreferences({ blackout_dates })}
          problems={blackoutProblems}
          check={checks.calendarDate}
          dates
          addLabel={t('details.addDate')}
          disabled={readOnly}
        />
      </Section>
      <Section title={t('details.agentValues')} open={agentVariables.length > 0}>
        <KeyValueEditor
          label={t('details.personValues')}
          hint={t('details.personValuesHint')}
          entries={row.variables}
          onChange={(next) => save({ ...row, variables: next })}
          fixedKeys={agentVariables}
          labelFor={variableLabel}
          placeholderFor={(key) => campaignValues[key] || agentDefaults[key] || t('details.notSet')}
          problemFor={(key) => problemText(problemFor(issues, `variables.${key}`))}
          keyLabel={t('details.valueName')}
          addLabel={t('details.addValue')}
          disabled={readOnly}
        />
      </Section>
      <Section title={t('details.advanced')} open={false}>
        {CHOICE_FIELDS.map(choice)}
        <TagEditor
          tags={row.metadata.tags}
          onChange={(tags) => setMetadata({ tags })}
          problems={tagProblems}
          disabled={readOnly}
        />
        <KeyValueEditor
          label={t('details.customFields')}
          entries={row.metadata.custom_fields}
          onChange={(custom_fields) => setMetadata({ custom_fields })}
          problemFor={(key) => problemText(problemFor(issues, `metadata.custom_fields.${key}`))}
          keyLabel={t('details.fieldName')}
          addLabel={t('details.addField')}
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
  const { t } = useTranslation('recipients');
  const words = useIssueWords();
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
  const title = row.contact_info.name || row.phone_number || t('details.newRecipient');
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
          aria-label={t('details.close')}
          onClick={() => store.getState().closeDetails()}
        >
          ×
        </button>
      </header>
      {issues && issues.length > 0 ? (
        <ul className="detail-issues" aria-label={t('details.problems')}>
          {issues.map((issue, index) => (
            <li
              key={index}
              className={`detail-issues__item detail-issues__item--${issue.severity}`}
            >
              {words.issue(issue)}
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
          {t('details.remove')}
        </button>
      )}
    </aside>
  );
}
