import { useStore } from 'zustand';
import {
  formatCount,
  type DuplicatePolicy,
  type DuplicateRow,
  type ImportReport,
  type RowIssue,
} from '../../../../shared/domain/spreadsheet';
import type { ImportSession } from './import-session';
import { plural } from './import-format';
import { ProblemNotice } from './ImportNotices';
import { StepHeading } from './StepHeading';

/** Rows listed per table; the rest are counted ("and 1,204 more"). */
const LISTED = 100;

// The default, and the choice nearly everyone wants, comes first.
const POLICY_ORDER: readonly DuplicatePolicy[] = ['keep-first', 'skip', 'keep-all'];

const POLICY_LABELS: Readonly<Record<DuplicatePolicy, { label: string; hint: string }>> = {
  'keep-first': {
    label: 'Call each number once',
    hint: 'Keep the first row with a number; leave out later rows and people already in this campaign.',
  },
  skip: {
    label: 'Leave out people already in this campaign',
    hint: 'Rows repeating a number within the file are all imported.',
  },
  'keep-all': {
    label: 'Import every row',
    hint: 'Repeated numbers are imported and marked in the list.',
  },
};

function AndMore(props: { shown: number; total: number }) {
  const more = props.total - props.shown;
  return more > 0 ? <p className="hint">and {formatCount(more)} more</p> : null;
}

function Summary(props: { report: ImportReport }) {
  const { report } = props;
  return (
    <ul className="import-summary">
      <li>
        <strong>{plural(report.imported, 'person', 'people')}</strong> to import
      </li>
      {report.rowsWithErrors > 0 ? (
        <li className="import-summary__problem">
          {plural(report.rowsWithErrors, 'row has', 'rows have')} problems: imported and marked, so
          you can fix them in the list
        </li>
      ) : null}
      {report.rowsWithWarnings > 0 ? (
        <li>{plural(report.rowsWithWarnings, 'row has', 'rows have')} something to check</li>
      ) : null}
      {report.emptyRowsSkipped > 0 ? (
        <li>{plural(report.emptyRowsSkipped, 'empty row', 'empty rows')} skipped</li>
      ) : null}
      {report.duplicateCount > 0 ? (
        <li>
          {plural(report.duplicateCount, 'row repeats', 'rows repeat')} a phone number
          {report.duplicatesSkipped > 0
            ? ` · ${formatCount(report.duplicatesSkipped)} left out`
            : ' · all imported'}
        </li>
      ) : null}
    </ul>
  );
}

function DuplicateChoice(props: {
  policy: DuplicatePolicy;
  onChange: (policy: DuplicatePolicy) => void;
}) {
  return (
    <fieldset className="choice-group import-duplicates">
      <legend className="field-label">When a phone number repeats</legend>
      {POLICY_ORDER.map((policy) => (
        <label key={policy} className="choice">
          <input
            type="radio"
            name="duplicate-policy"
            value={policy}
            checked={props.policy === policy}
            onChange={() => props.onChange(policy)}
          />
          <span>
            <span className="choice__label">{POLICY_LABELS[policy].label}</span>
            <span className="choice__hint">{POLICY_LABELS[policy].hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function IssueTable(props: { issues: readonly RowIssue[]; total: number }) {
  const shown = props.issues.slice(0, LISTED);
  return (
    <section className="import-section">
      <h4 className="import-section__title">Rows with problems</h4>
      <table className="table import-report">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue, index) => (
            <tr key={index} data-severity={issue.severity}>
              <td className="nowrap">{formatCount(issue.rowNumber)}</td>
              <td>{issue.column ?? '—'}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AndMore shown={shown.length} total={props.total} />
    </section>
  );
}

function DuplicateTable(props: { duplicates: readonly DuplicateRow[]; total: number }) {
  const shown = props.duplicates.slice(0, LISTED);
  return (
    <section className="import-section">
      <h4 className="import-section__title">Repeated phone numbers</h4>
      <table className="table import-report">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Phone number</th>
            <th scope="col">Same as</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((duplicate) => (
            <tr key={duplicate.rowNumber}>
              <td className="nowrap">{formatCount(duplicate.rowNumber)}</td>
              <td className="nowrap">{duplicate.phoneNumber}</td>
              <td>
                {duplicate.inDraft
                  ? 'Someone already in this campaign'
                  : `Row ${formatCount(duplicate.firstRowNumber ?? 0)}`}
              </td>
              <td>{duplicate.kept ? 'Imported' : 'Left out'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AndMore shown={shown.length} total={props.total} />
    </section>
  );
}

/** Step 3: what the import would add, row by row, before anything is added. */
export function ResultsStep(props: { session: ImportSession }) {
  const converted = useStore(props.session, (state) => state.converted);
  const policy = useStore(props.session, (state) => state.policy);
  const problem = useStore(props.session, (state) => state.problem);
  const convert = useStore(props.session, (state) => state.convert);
  if (!converted) return null;
  const { report } = converted;

  return (
    <>
      <StepHeading>Check the rows before importing</StepHeading>
      <ProblemNotice problem={problem} />
      <Summary report={report} />
      {report.duplicateCount > 0 ? <DuplicateChoice policy={policy} onChange={convert} /> : null}
      {report.issues.length > 0 ? (
        <IssueTable issues={report.issues} total={report.issueCount} />
      ) : null}
      {report.duplicates.length > 0 ? (
        <DuplicateTable duplicates={report.duplicates} total={report.duplicateCount} />
      ) : null}
    </>
  );
}
