import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  isRecipientValuePath,
  VARIABLE_SOURCE_KINDS,
  type BindableField,
  type RecipientValuePath,
  type VariableSourceKind,
  type VariableSourceSummary,
} from '../../../../shared/domain/launch';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { variableLabel } from '../recipients/variable-names';
import { useRecipientValueLabel } from './launch-format';

function singleSource(
  summary: VariableSourceSummary,
  field: string,
  t: TFunction<'launch'>,
): string {
  switch (summary.source) {
    case 'recipient':
    case 'none':
      return t(`variables.single.${summary.source}`);
    case 'field':
      return t('variables.single.field', { field });
    case 'campaign':
      return t('variables.single.campaign', { value: summary.campaignValue ?? '' });
    case 'agent_default':
      return t('variables.single.agent_default', { value: summary.agentDefault ?? '' });
  }
}

/** Where the value comes from; when people get it from several places, how many from each. */
function useDescribeSource(): (summary: VariableSourceSummary) => string {
  const { t } = useTranslation('launch');
  const valueLabel = useRecipientValueLabel();
  return (summary) => {
    const field = summary.boundField ? valueLabel(summary.boundField.path) : '';
    const used = VARIABLE_SOURCE_KINDS.filter((kind) => summary.bySource[kind] > 0);
    if (used.length < 2) return singleSource(summary, field, t);
    return used
      .map((kind: VariableSourceKind) =>
        t(`variables.bySource.${kind}`, { count: summary.bySource[kind], field }),
      )
      .join(' · ');
  };
}

function BindingSelect(props: {
  name: string;
  bound: RecipientValuePath | null;
  fields: readonly BindableField[];
  suggestion: RecipientValuePath | undefined;
}) {
  const bindings = useDraft((state) => state.settings.bindings);
  const update = useDraft((state) => state.update);
  const { t, i18n } = useTranslation('launch');
  const valueLabel = useRecipientValueLabel();
  const label = variableLabel(props.name);
  const bind = (path: RecipientValuePath | null) => {
    // Rebuilt from pairs: a variable may be called __proto__.
    const others = Object.entries(bindings).filter(([name]) => name !== props.name);
    update({
      bindings: Object.fromEntries(path === null ? others : [...others, [props.name, path]]),
    });
  };
  const known = props.bound === null || props.fields.some((field) => field.path === props.bound);
  return (
    <div className="binding">
      <select
        className="input"
        aria-label={t('variables.fieldFor', { name: label })}
        value={props.bound ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          bind(isRecipientValuePath(value) ? value : null);
        }}
      >
        <option value="">{t('variables.notFromField')}</option>
        {known || props.bound === null ? null : (
          // A custom field no recipient has any more still shows what it is bound to.
          <option value={props.bound}>
            {t('variables.nobodyHasIt', { field: valueLabel(props.bound) })}
          </option>
        )}
        {props.fields.map((field) => (
          <option
            key={field.path}
            value={field.path}
            // The descriptions are written in English only.
            title={i18n.resolvedLanguage === 'en' ? field.description : undefined}
          >
            {valueLabel(field.path)}
          </option>
        ))}
      </select>
      {props.bound === null && props.suggestion ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => props.suggestion && bind(props.suggestion)}
        >
          {t('variables.use', { field: valueLabel(props.suggestion) })}
        </button>
      ) : null}
    </div>
  );
}

/** For each value the agent needs: where it comes from and how many people have one. */
export function VariableTable(props: {
  sources: readonly VariableSourceSummary[];
  fields: readonly BindableField[];
  suggestions: Readonly<Record<string, RecipientValuePath>>;
  recipientCount: number;
}) {
  const { t } = useTranslation('launch');
  const describeSource = useDescribeSource();
  if (props.sources.length === 0) {
    return <p className="muted">{t('variables.none')}</p>;
  }
  return (
    <table className="table variable-table" aria-label={t('variables.tableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('variables.value')}</th>
          <th scope="col">{t('variables.comesFrom')}</th>
          <th scope="col">{t('variables.fillFrom')}</th>
          <th scope="col">{t('variables.people')}</th>
        </tr>
      </thead>
      <tbody>
        {props.sources.map((summary) => {
          return (
            <tr key={summary.name} data-state={summary.withoutValue > 0 ? 'missing' : 'ok'}>
              <th scope="row" title={t('variables.spelled', { name: summary.name })}>
                {variableLabel(summary.name)}
              </th>
              <td>{describeSource(summary)}</td>
              <td>
                <BindingSelect
                  name={summary.name}
                  bound={summary.boundField?.path ?? null}
                  fields={props.fields}
                  suggestion={
                    Object.hasOwn(props.suggestions, summary.name)
                      ? props.suggestions[summary.name]
                      : undefined
                  }
                />
              </td>
              <td className="nowrap">
                {props.recipientCount === 0 ? (
                  <span className="muted">{t('variables.noRecipients')}</span>
                ) : summary.withoutValue === 0 ? (
                  t('variables.everyone')
                ) : (
                  <strong className="variable-table__missing">
                    {t('variables.without', { count: summary.withoutValue })}
                  </strong>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
