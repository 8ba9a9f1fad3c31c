import { memo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  type DuplicatePolicy,
  type DuplicateRow,
  type ImportReport,
  type RowIssue,
} from '../../../../shared/domain/spreadsheet';
import { useImportMessages } from './import-messages';
import type { ImportSession } from './import-session';
import { ProblemNotice } from './ImportNotices';
import { StepHeading } from './StepHeading';
import { useFormat } from '../../i18n/format';

/** Rows listed per table; the rest are counted ("and 1,204 more"). */
const LISTED = 100;

// The default, and the choice nearly everyone wants, comes first.
const POLICY_ORDER: readonly DuplicatePolicy[] = ['keep-first', 'skip', 'keep-all'];

function AndMore(props: { shown: number; total: number }) {
  const { t } = useTranslation('import');
  const more = props.total - props.shown;
  return more > 0 ? <p className="hint">{t('results.andMore', { count: more })}</p> : null;
}

function Summary(props: { report: ImportReport }) {
  const { t } = useTranslation('import');
  const { report } = props;
  return (
    <ul className="import-summary">
      <li>
        <Trans
          t={t}
          i18nKey="results.toImport"
          count={report.imported}
          components={{ strong: <strong /> }}
        />
      </li>
      {report.rowsWithErrors > 0 ? (
        <li className="import-summary__problem">
          {t('results.withErrors', { count: report.rowsWithErrors })}
        </li>
      ) : null}
      {report.rowsWithWarnings > 0 ? (
        <li>{t('results.withWarnings', { count: report.rowsWithWarnings })}</li>
      ) : null}
      {report.emptyRowsSkipped > 0 ? (
        <li>{t('results.emptySkipped', { count: report.emptyRowsSkipped })}</li>
      ) : null}
      {report.duplicateCount > 0 ? (
        <li>
          {t('results.repeats', { count: report.duplicateCount })}
          {report.duplicatesSkipped > 0
            ? t('results.leftOut', { count: report.duplicatesSkipped })
            : t('results.allImported')}
        </li>
      ) : null}
    </ul>
  );
}

function DuplicateChoice(props: {
  policy: DuplicatePolicy;
  onChange: (policy: DuplicatePolicy) => void;
}) {
  const { t } = useTranslation('import');
  return (
    <fieldset className="choice-group import-duplicates">
      <legend className="field-label">{t('results.policy.legend')}</legend>
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
            <span className="choice__label">{t(`results.policy.${policy}.label`)}</span>
            <span className="choice__hint">{t(`results.policy.${policy}.hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function IssueTable(props: { issues: readonly RowIssue[]; total: number }) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const messages = useImportMessages();
  const shown = props.issues.slice(0, LISTED);
  return (
    <section className="import-section">
      <h4 className="import-section__title">{t('results.issuesTitle')}</h4>
      <table className="table import-report">
        <thead>
          <tr>
            <th scope="col">{t('results.row')}</th>
            <th scope="col">{t('results.column')}</th>
            <th scope="col">{t('results.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue, index) => (
            <tr key={index} data-severity={issue.severity}>
              <td className="nowrap">{format.number(issue.rowNumber)}</td>
              <td>{issue.column ?? '—'}</td>
              <td>{messages.issue(issue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AndMore shown={shown.length} total={props.total} />
    </section>
  );
}

function DuplicateTable(props: { duplicates: readonly DuplicateRow[]; total: number }) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const shown = props.duplicates.slice(0, LISTED);
  // Looked up once, not once per row: a lookup costs far more than a cell.
  const inDraft = t('results.inDraft');
  const kept = t('results.kept');
  const leftOut = t('results.leftOutRow');
  return (
    <section className="import-section">
      <h4 className="import-section__title">{t('results.duplicatesTitle')}</h4>
      <table className="table import-report">
        <thead>
          <tr>
            <th scope="col">{t('results.row')}</th>
            <th scope="col">{t('results.phoneNumber')}</th>
            <th scope="col">{t('results.sameAs')}</th>
            <th scope="col">{t('results.result')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((duplicate) => (
            <tr key={duplicate.rowNumber}>
              <td className="nowrap">{format.number(duplicate.rowNumber)}</td>
              <td className="nowrap">{duplicate.phoneNumber}</td>
              <td>
                {duplicate.inDraft
                  ? inDraft
                  : t('results.sameRow', { row: duplicate.firstRowNumber ?? 0 })}
              </td>
              <td>{duplicate.kept ? kept : leftOut}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AndMore shown={shown.length} total={props.total} />
    </section>
  );
}

/**
 * Step 3: what the import would add, row by row, before anything is added. Memoised: the wizard
 * re-renders around it when the rows start going in, and its tables don't change then.
 */
export const ResultsStep = memo(function ResultsStep(props: { session: ImportSession }) {
  const converted = useStore(props.session, (state) => state.converted);
  const policy = useStore(props.session, (state) => state.policy);
  const problem = useStore(props.session, (state) => state.problem);
  const convert = useStore(props.session, (state) => state.convert);
  const { t } = useTranslation('import');
  if (!converted) return null;
  const { report } = converted;

  return (
    <>
      <StepHeading>{t('results.heading')}</StepHeading>
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
});
