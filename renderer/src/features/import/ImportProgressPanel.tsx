import { useId } from 'react';
import { formatCount, type ImportProgress } from '../../../../shared/domain/spreadsheet';

/** How far reading or converting has got, in rows, with the way out. */
export function ImportProgressPanel(props: {
  title: string;
  progress: ImportProgress | null;
  /** Rows in the file, once known, for "12,000 of 100,000". */
  total?: number;
  onCancel?: () => void;
}) {
  const labelId = useId();
  const rows = props.progress?.rows ?? 0;
  // Nothing is counted while the file's bytes are still being decoded.
  const counted =
    props.total !== undefined
      ? `${formatCount(rows)} of ${formatCount(props.total)} rows`
      : rows > 0
        ? `${formatCount(rows)} rows so far`
        : '\u00a0';
  return (
    <div className="import-progress">
      <p id={labelId} className="import-progress__title">
        {props.title}
      </p>
      <progress
        className="import-progress__bar"
        aria-labelledby={labelId}
        max={1}
        value={props.progress?.fraction ?? 0}
      />
      <p className="hint import-progress__rows">{counted}</p>
      {props.onCancel ? (
        <button type="button" className="button" data-autofocus onClick={props.onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
