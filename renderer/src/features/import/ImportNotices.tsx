import type { SpreadsheetProblem } from '../../../../shared/domain/spreadsheet';
import { useImportMessages } from './import-messages';

/** Why the file (or this attempt) can't go ahead, in the logic's own plain words. */
export function ProblemNotice(props: { problem: SpreadsheetProblem | null }) {
  const messages = useImportMessages();
  if (!props.problem) return null;
  return (
    <div className="notice notice--error" role="alert">
      <span className="notice__text">{messages.problem(props.problem)}</span>
    </div>
  );
}

/** Things to check that don't stop the import, already in words. */
export function WarningNotices(props: { warnings: readonly string[] }) {
  if (props.warnings.length === 0) return null;
  return (
    <div className="notice notice--warning notice--block">
      <ul className="problem-list import-warnings">
        {props.warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
