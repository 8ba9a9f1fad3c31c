import {
  isRecipientValuePath,
  recipientValueLabel,
  VARIABLE_SOURCE_KINDS,
  type BindableField,
  type RecipientValuePath,
  type VariableSourceKind,
  type VariableSourceSummary,
} from '../../../../shared/domain/launch';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { number } from '../monitor/monitor-format';
import { variableLabel } from '../recipients/variable-names';

function sourceWords(kind: VariableSourceKind, summary: VariableSourceSummary): string {
  switch (kind) {
    case 'recipient':
      return 'from their own value';
    case 'field':
      return `from the field “${summary.boundField?.label ?? ''}”`;
    case 'campaign':
      return 'from the campaign value';
    case 'agent_default':
      return 'from the agent’s default';
    case 'none':
      return 'with no value';
  }
}

function singleSource(summary: VariableSourceSummary): string {
  switch (summary.source) {
    case 'recipient':
      return 'Each person’s own value';
    case 'field':
      return `Recipient field “${summary.boundField?.label ?? ''}”`;
    case 'campaign':
      return `Campaign value “${summary.campaignValue ?? ''}”`;
    case 'agent_default':
      return `Agent’s default “${summary.agentDefault ?? ''}”`;
    case 'none':
      return 'Nothing — needs a value';
  }
}

/** Where the value comes from; when people get it from several places, how many from each. */
function describeSource(summary: VariableSourceSummary): string {
  const used = VARIABLE_SOURCE_KINDS.filter((kind) => summary.bySource[kind] > 0);
  if (used.length < 2) return singleSource(summary);
  return used
    .map((kind) => `${number.format(summary.bySource[kind])} ${sourceWords(kind, summary)}`)
    .join(' · ');
}

function BindingSelect(props: {
  name: string;
  bound: RecipientValuePath | null;
  fields: readonly BindableField[];
  suggestion: RecipientValuePath | undefined;
}) {
  const bindings = useDraft((state) => state.settings.bindings);
  const update = useDraft((state) => state.update);
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
        aria-label={`Recipient field for ${label}`}
        value={props.bound ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          bind(isRecipientValuePath(value) ? value : null);
        }}
      >
        <option value="">Not from a field</option>
        {known || props.bound === null ? null : (
          // A custom field no recipient has any more still shows what it is bound to.
          <option value={props.bound}>{recipientValueLabel(props.bound)} (no one has it)</option>
        )}
        {props.fields.map((field) => (
          <option key={field.path} value={field.path} title={field.description}>
            {field.label}
          </option>
        ))}
      </select>
      {props.bound === null && props.suggestion ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => props.suggestion && bind(props.suggestion)}
        >
          Use “{recipientValueLabel(props.suggestion)}”
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
  if (props.sources.length === 0) {
    return <p className="muted">This agent needs no values: every call is the same.</p>;
  }
  return (
    <table className="table variable-table" aria-label="Values the agent needs">
      <thead>
        <tr>
          <th scope="col">Value</th>
          <th scope="col">Comes from</th>
          <th scope="col">Fill it from a recipient field</th>
          <th scope="col">People</th>
        </tr>
      </thead>
      <tbody>
        {props.sources.map((summary) => {
          return (
            <tr key={summary.name} data-state={summary.withoutValue > 0 ? 'missing' : 'ok'}>
              <th scope="row" title={`Spelled ${summary.name} in the agent`}>
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
                  <span className="muted">No recipients yet</span>
                ) : summary.withoutValue === 0 ? (
                  'Everyone has one'
                ) : (
                  <strong className="variable-table__missing">
                    {number.format(summary.withoutValue)} without a value
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
