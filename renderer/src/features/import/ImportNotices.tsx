import type { SpreadsheetProblem, SpreadsheetWarning } from '../../../../shared/domain/spreadsheet';

/** Why the file (or this attempt) can't go ahead, in the logic's own plain words. */
export function ProblemNotice(props: { problem: SpreadsheetProblem | null }) {
  if (!props.problem) return null;
  return (
    <div className="notice notice--error" role="alert">
      <span className="notice__text">{props.problem.message}</span>
    </div>
  );
}

/** Things to check that don't stop the import. */
export function WarningNotices(props: {
  warnings: readonly Pick<SpreadsheetWarning, 'message'>[];
}) {
  if (props.warnings.length === 0) return null;
  return (
    <div className="notice notice--warning notice--block">
      <ul className="problem-list import-warnings">
        {props.warnings.map((warning, index) => (
          <li key={index}>{warning.message}</li>
        ))}
      </ul>
    </div>
  );
}
