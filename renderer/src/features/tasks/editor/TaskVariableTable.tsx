import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AgentDetails } from '../../../../../shared/domain/agents/agent';
import {
  VARIABLE_SOURCE_KINDS,
  type VariableSourceKind,
  type VariableSourceSummary,
} from '../../../../../shared/domain/launch';
import {
  CONVENTIONAL_VARIABLES,
  describeTaskVariables,
  effectiveBindings,
  TASK_VALUES,
  type TaskValue,
} from '../../../../../shared/domain/tasks';
import { variableLabel } from '../../recipients/variable-names';
import { useTask } from './task-session-context';

// The same summary the campaign launch check shows, worded for places: where each value the
// agent needs comes from, and how many places have one.

/** `bound`: the task value the variable is filled from, if any. */
function mainSource(
  summary: VariableSourceSummary,
  bound: TaskValue | undefined,
  t: TFunction<'tasks'>,
): string {
  switch (summary.source) {
    case 'recipient':
      return t('values.source.recipient');
    case 'field':
      return t('values.source.field', {
        field: bound ? t(`values.taskValue.${bound}`) : (summary.boundField?.label ?? ''),
      });
    case 'campaign':
      return t('values.source.campaign', { value: summary.campaignValue ?? '' });
    case 'agent_default':
      return t('values.source.agent_default', { value: summary.agentDefault ?? '' });
    case 'none':
      return t('values.source.none');
  }
}

/** "2 their own value · 1 the agent’s default", when places get it from several sources. */
function breakdown(summary: VariableSourceSummary, t: TFunction<'tasks'>): string | null {
  const used = VARIABLE_SOURCE_KINDS.filter((kind) => summary.bySource[kind] > 0);
  if (used.length < 2) return null;
  return used
    .map((kind: VariableSourceKind) =>
      t(`values.bySource.${kind}`, { count: summary.bySource[kind] }),
    )
    .join(' · ');
}

function isTaskValue(value: string): value is TaskValue {
  return (TASK_VALUES as readonly string[]).includes(value);
}

const isConventional = (name: string) =>
  (Object.values(CONVENTIONAL_VARIABLES) as string[]).includes(name);

/** Which of the task's own values (the notes, the place's name) fills a variable, if any. */
function TaskValueSelect(props: { name: string; value: TaskValue | undefined }) {
  const bindings = useTask((state) => state.content.bindings);
  const update = useTask((state) => state.update);
  const { t } = useTranslation('tasks');
  const bind = (value: TaskValue | null) => {
    // Rebuilt from pairs: a variable may be called __proto__.
    const others = Object.entries(bindings).filter(([name]) => name !== props.name);
    update({
      bindings: Object.fromEntries(value === null ? others : [...others, [props.name, value]]),
    });
  };
  return (
    <select
      className="input"
      aria-label={t('values.selectLabel', { name: variableLabel(props.name) })}
      value={props.value ?? ''}
      onChange={(event) => {
        const value = event.target.value;
        bind(isTaskValue(value) ? value : null);
      }}
    >
      {/* A conventionally named variable is always filled from the task; it has no "not". */}
      {isConventional(props.name) ? null : <option value="">{t('values.notFromTask')}</option>}
      {TASK_VALUES.map((value) => (
        <option key={value} value={value}>
          {t(`values.taskValue.${value}`)}
        </option>
      ))}
    </select>
  );
}

function PlacesWithValue(props: { summary: VariableSourceSummary; placeCount: number }) {
  const { summary, placeCount } = props;
  const { t } = useTranslation('tasks');
  if (placeCount === 0) return <span className="muted">{t('values.noPlaces')}</span>;
  if (summary.withoutValue === 0) return <>{t('values.everyPlace')}</>;
  return (
    <strong className="variable-table__missing">
      {t('values.without', { count: placeCount, missing: summary.withoutValue })}
    </strong>
  );
}

/** For each value the agent needs: where it comes from and how many places have one. */
export function TaskVariableTable(props: { agent: AgentDetails | null; agentChosen: boolean }) {
  const content = useTask((state) => state.content);
  const { agent } = props;
  const { t } = useTranslation('tasks');
  if (!props.agentChosen) return <p className="muted">{t('values.chooseAgent')}</p>;
  if (!agent) return <p className="muted">{t('values.loading')}</p>;
  const sources = describeTaskVariables(agent, content);
  if (sources.length === 0) return <p className="muted">{t('values.noneNeeded')}</p>;
  const bound = effectiveBindings(agent, content.bindings);
  return (
    <>
      <p className="muted">{t('values.intro', { agent: agent.name })}</p>
      <table className="table variable-table" aria-label={t('values.label')}>
        <thead>
          <tr>
            <th scope="col">{t('values.value')}</th>
            <th scope="col">{t('values.comesFrom')}</th>
            <th scope="col">{t('values.fill')}</th>
            <th scope="col">{t('values.places')}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((summary) => {
            const mix = breakdown(summary, t);
            const value = Object.hasOwn(bound, summary.name) ? bound[summary.name] : undefined;
            return (
              <tr key={summary.name} data-state={summary.withoutValue > 0 ? 'missing' : 'ok'}>
                <th scope="row">
                  {variableLabel(summary.name)}
                  <code className="variable-name">{summary.name}</code>
                </th>
                <td>
                  {mainSource(summary, value, t)}
                  {mix ? <div className="hint">{mix}</div> : null}
                </td>
                <td>
                  <TaskValueSelect name={summary.name} value={value} />
                </td>
                <td className="nowrap">
                  <PlacesWithValue summary={summary} placeCount={content.places.length} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
