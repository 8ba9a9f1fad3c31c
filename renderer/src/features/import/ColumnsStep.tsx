import { useMemo } from 'react';
import { useStore } from 'zustand';
import {
  customFieldTarget,
  describeTarget,
  isColumnTarget,
  variableTarget,
  type ColumnTarget,
  type MappingProblem,
  type SpreadsheetRow,
} from '../../../../shared/domain/spreadsheet';
import { isSystemVariable } from '../../../../shared/domain/agents/placeholders';
import { variableLabel } from '../recipients/variable-names';
import {
  choiceFor,
  CUSTOM_FIELD_CHOICE,
  targetChoiceGroups,
  type ChoiceGroup,
} from './column-target-choices';
import type { ImportSession } from './import-session';
import { ProblemNotice, WarningNotices } from './ImportNotices';
import { StepHeading } from './StepHeading';

const SAMPLES = 3;

/** The first few filled-in values of a column, to recognise what it holds. */
function samplesOf(rows: readonly SpreadsheetRow[], column: number): string[] {
  const samples: string[] = [];
  for (const row of rows) {
    const cell = row.cells[column]?.trim() ?? '';
    if (cell !== '') samples.push(cell);
    if (samples.length === SAMPLES) break;
  }
  return samples;
}

function TargetPicker(props: {
  header: string;
  target: ColumnTarget;
  groups: readonly ChoiceGroup[];
  invalid: boolean;
  onChange: (target: ColumnTarget) => void;
}) {
  const parts = describeTarget(props.target);
  return (
    <div className="import-target">
      <select
        className="input"
        aria-label={`Import “${props.header}” as`}
        aria-invalid={props.invalid || undefined}
        value={choiceFor(props.target)}
        onChange={(event) => {
          const value = event.target.value;
          if (value === CUSTOM_FIELD_CHOICE) {
            props.onChange(customFieldTarget(props.header.trim()));
          } else if (isColumnTarget(value)) {
            props.onChange(value);
          }
        }}
      >
        {props.groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {parts.kind === 'custom_field' ? (
        <input
          className="input"
          aria-label={`Custom field name for “${props.header}”`}
          aria-invalid={parts.key.trim() === '' || undefined}
          value={parts.key}
          onChange={(event) => props.onChange(customFieldTarget(event.target.value))}
        />
      ) : null}
    </div>
  );
}

/** Step 2: what each column holds, suggested (or remembered) and changeable. */
export function ColumnsStep(props: {
  session: ImportSession;
  agentVariables: readonly string[];
  problems: readonly MappingProblem[];
}) {
  const mapping = useStore(props.session, (state) => state.mapping);
  const remembered = useStore(props.session, (state) => state.remembered);
  const preview = useStore(props.session, (state) => state.sheet?.summary.preview ?? []);
  const problem = useStore(props.session, (state) => state.problem);
  const { setTarget, restoreSuggestions } = props.session.getState();
  const groups = useMemo(
    () =>
      targetChoiceGroups(
        props.agentVariables,
        mapping.map((column) => column.target),
      ),
    [props.agentVariables, mapping],
  );
  const errors = props.problems.filter((entry) => entry.severity === 'error');
  // Unfilled variables are named below as people would say them, not as {{placeholders}}.
  const warnings = props.problems.filter(
    (entry) => entry.severity === 'warning' && entry.code !== 'variable_unmapped',
  );
  const unfilled = props.agentVariables.filter(
    (name) =>
      !isSystemVariable(name) && !mapping.some((column) => column.target === variableTarget(name)),
  );
  const invalidColumns = new Set(errors.flatMap((entry) => entry.columns));

  return (
    <>
      <StepHeading>Choose what each column holds</StepHeading>
      {remembered ? (
        <div className="notice notice--info">
          <span className="notice__text">
            Set up the way you chose last time for a file with these columns.
          </span>
          <button type="button" className="button button--small" onClick={restoreSuggestions}>
            Use suggested choices
          </button>
        </div>
      ) : (
        <p className="hint">Suggested from the column names: change anything that isn’t right.</p>
      )}
      <ProblemNotice problem={problem} />
      {errors.length > 0 ? (
        <div className="notice notice--error notice--block" role="alert">
          <ul className="problem-list">
            {errors.map((entry, index) => (
              <li key={index}>{entry.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <WarningNotices warnings={warnings} />
      <table className="table import-mapping">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">First values</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {mapping.map((column, index) => (
            <tr key={index}>
              <th scope="row" className="import-mapping__header">
                {column.header}
              </th>
              <td className="import-mapping__samples">
                {samplesOf(preview, index).map((sample, position) => (
                  <span key={position} className="import-mapping__sample">
                    {sample}
                  </span>
                ))}
              </td>
              <td>
                <TargetPicker
                  header={column.header}
                  target={column.target}
                  groups={groups}
                  invalid={invalidColumns.has(index)}
                  onChange={(target) => setTarget(index, target)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.agentVariables.length === 0 ? (
        <p className="hint">
          To fill the agent’s variables from columns, choose the campaign’s agent on the Setup tab
          first.
        </p>
      ) : null}
      {unfilled.length > 0 ? (
        <p className="hint">
          No column fills in {unfilled.map((name) => `“${variableLabel(name)}”`).join(', ')}: calls
          will use the campaign’s value or the agent’s default.
        </p>
      ) : null}
    </>
  );
}
