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
  TASK_VALUE_LABELS,
  TASK_VALUES,
  type TaskValue,
} from '../../../../../shared/domain/tasks';
import { variableLabel } from '../../recipients/variable-names';
import { useTask } from './task-session-context';

// The same summary the campaign launch check shows, worded for places: where each value the
// agent needs comes from, and how many places have one.

const SOURCE_WORDS: Readonly<Record<VariableSourceKind, string>> = {
  recipient: 'their own value',
  field: 'the task',
  campaign: 'a shared value',
  agent_default: 'the agent’s default',
  none: 'no value',
};

function mainSource(summary: VariableSourceSummary): string {
  switch (summary.source) {
    case 'recipient':
      return 'Each place’s own value';
    case 'field':
      return `Task: ${summary.boundField?.label ?? ''}`;
    case 'campaign':
      return `Shared value “${summary.campaignValue ?? ''}”`;
    case 'agent_default':
      return `Agent’s default “${summary.agentDefault ?? ''}”`;
    case 'none':
      return 'Nothing — needs a value';
  }
}

/** "2 their own value · 1 the agent’s default", when places get it from several sources. */
function breakdown(summary: VariableSourceSummary): string | null {
  const used = VARIABLE_SOURCE_KINDS.filter((kind) => summary.bySource[kind] > 0);
  if (used.length < 2) return null;
  return used.map((kind) => `${summary.bySource[kind]} ${SOURCE_WORDS[kind]}`).join(' · ');
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
      aria-label={`Task value for ${variableLabel(props.name)}`}
      value={props.value ?? ''}
      onChange={(event) => {
        const value = event.target.value;
        bind(isTaskValue(value) ? value : null);
      }}
    >
      {/* A conventionally named variable is always filled from the task; it has no "not". */}
      {isConventional(props.name) ? null : <option value="">Not from the task</option>}
      {TASK_VALUES.map((value) => (
        <option key={value} value={value}>
          {TASK_VALUE_LABELS[value]}
        </option>
      ))}
    </select>
  );
}

function PlacesWithValue(props: { summary: VariableSourceSummary; placeCount: number }) {
  const { summary, placeCount } = props;
  if (placeCount === 0) return <span className="muted">No places yet</span>;
  if (summary.withoutValue === 0) return <>Every place has one</>;
  return (
    <strong className="variable-table__missing">
      {summary.withoutValue} of {placeCount} without a value
    </strong>
  );
}

/** For each value the agent needs: where it comes from and how many places have one. */
export function TaskVariableTable(props: { agent: AgentDetails | null; agentChosen: boolean }) {
  const content = useTask((state) => state.content);
  const { agent } = props;
  if (!props.agentChosen) {
    return <p className="muted">Choose the agent first: the values it needs are listed here.</p>;
  }
  if (!agent) {
    return <p className="muted">The values the agent needs show once its details are loaded.</p>;
  }
  const sources = describeTaskVariables(agent, content);
  if (sources.length === 0) {
    return <p className="muted">This agent needs no values: every call is the same.</p>;
  }
  const bound = effectiveBindings(agent, content.bindings);
  return (
    <>
      <p className="muted">
        “{agent.name}” fills these values into what it says. A place’s own value comes first, then
        the task’s value you pick here, then the agent’s default.
      </p>
      <table className="table variable-table" aria-label="Values the agent needs">
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Comes from</th>
            <th scope="col">Fill it from the task</th>
            <th scope="col">Places</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((summary) => {
            const mix = breakdown(summary);
            return (
              <tr key={summary.name} data-state={summary.withoutValue > 0 ? 'missing' : 'ok'}>
                <th scope="row">
                  {variableLabel(summary.name)}
                  <code className="variable-name">{summary.name}</code>
                </th>
                <td>
                  {mainSource(summary)}
                  {mix ? <div className="hint">{mix}</div> : null}
                </td>
                <td>
                  <TaskValueSelect
                    name={summary.name}
                    value={Object.hasOwn(bound, summary.name) ? bound[summary.name] : undefined}
                  />
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
