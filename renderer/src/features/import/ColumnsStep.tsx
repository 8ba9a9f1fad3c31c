import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
import { useFormat } from '../../i18n/format';
import { variableLabel } from '../recipients/variable-names';
import {
  choiceFor,
  CUSTOM_FIELD_CHOICE,
  targetChoiceGroups,
  type ChoiceGroup,
} from './column-target-choices';
import { useImportMessages } from './import-messages';
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
  const { t } = useTranslation('import');
  const parts = describeTarget(props.target);
  return (
    <div className="import-target">
      <select
        className="input"
        aria-label={t('columns.importAsLabel', { header: props.header })}
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
          aria-label={t('columns.customFieldName', { header: props.header })}
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
  const { t } = useTranslation(['import', 'recipients']);
  const messages = useImportMessages();
  const format = useFormat();
  const groups = useMemo(
    () =>
      targetChoiceGroups(
        props.agentVariables,
        mapping.map((column) => column.target),
        t,
      ),
    [props.agentVariables, mapping, t],
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
      <StepHeading>{t('columns.heading')}</StepHeading>
      {remembered ? (
        <div className="notice notice--info">
          <span className="notice__text">{t('columns.remembered')}</span>
          <button type="button" className="button button--small" onClick={restoreSuggestions}>
            {t('columns.useSuggested')}
          </button>
        </div>
      ) : (
        <p className="hint">{t('columns.suggested')}</p>
      )}
      <ProblemNotice problem={problem} />
      {errors.length > 0 ? (
        <div className="notice notice--error notice--block" role="alert">
          <ul className="problem-list">
            {errors.map((entry, index) => (
              <li key={index}>{messages.mapping(entry, mapping)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <WarningNotices warnings={warnings.map((entry) => messages.mapping(entry, mapping))} />
      <table className="table import-mapping">
        <thead>
          <tr>
            <th scope="col">{t('columns.inFile')}</th>
            <th scope="col">{t('columns.firstValues')}</th>
            <th scope="col">{t('columns.importAs')}</th>
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
      {props.agentVariables.length === 0 ? <p className="hint">{t('columns.noAgent')}</p> : null}
      {unfilled.length > 0 ? (
        <p className="hint">
          {t('columns.unfilled', {
            names: format.list(
              unfilled.map((name) => t('columns.quoted', { name: variableLabel(name) })),
            ),
          })}
        </p>
      ) : null}
    </>
  );
}
