import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../shared/domain/spreadsheet';

/** How far reading or converting has got, in rows, with the way out. */
export function ImportProgressPanel(props: {
  title: string;
  progress: ImportProgress | null;
  /** Rows in the file, once known, for "12,000 of 100,000". */
  total?: number;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['import', 'common']);
  const labelId = useId();
  const rows = props.progress?.rows ?? 0;
  // Nothing is counted while the file's bytes are still being decoded.
  const counted =
    props.total !== undefined
      ? t('progress.ofTotal', { done: rows, count: props.total })
      : rows > 0
        ? t('progress.soFar', { count: rows })
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
          {t('common:actions.cancel')}
        </button>
      ) : null}
    </div>
  );
}
