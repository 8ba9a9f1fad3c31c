import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  DELIMITERS,
  SPREADSHEET_ENCODINGS,
  isDelimiter,
  type Delimiter,
  type SpreadsheetEncoding,
} from '../../../../shared/domain/spreadsheet';
import { useImportMessages } from './import-messages';
import type { ImportSession } from './import-session';
import { ProblemNotice, WarningNotices } from './ImportNotices';
import { PreviewTable } from './PreviewTable';
import { StepHeading } from './StepHeading';

const PREVIEWED_ROWS = 8;

const DELIMITER_NAMES: Readonly<Record<Delimiter, 'comma' | 'semicolon' | 'tab' | 'pipe'>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

function isEncoding(value: string): value is SpreadsheetEncoding {
  return (SPREADSHEET_ENCODINGS as readonly string[]).includes(value);
}

/** Step 1: how the file was read (encoding, separator, heading row), with its first rows. */
export function FileStep(props: { session: ImportSession }) {
  const sheet = useStore(props.session, (state) => state.sheet);
  const settings = useStore(props.session, (state) => state.settings);
  const problem = useStore(props.session, (state) => state.problem);
  const read = useStore(props.session, (state) => state.read);
  const { t } = useTranslation('import');
  const messages = useImportMessages();
  const encodingId = useId();
  const delimiterId = useId();
  if (!sheet) return null;
  const { summary } = sheet;
  const hasHeaderRow = summary.headerRowNumber !== undefined;

  return (
    <>
      <StepHeading>{t('file.heading')}</StepHeading>
      <p className="hint">
        {t('count.rows', { count: summary.rowCount })} ·{' '}
        {t('count.columns', { count: summary.headers.length })}
      </p>
      <div className="import-format">
        <div className="field">
          <label htmlFor={encodingId} className="field-label">
            {t('file.encoding')}
          </label>
          <select
            id={encodingId}
            className="input"
            value={settings.encoding ?? summary.encoding}
            onChange={(event) => {
              const encoding = event.target.value;
              if (isEncoding(encoding)) read({ ...settings, encoding });
            }}
          >
            {SPREADSHEET_ENCODINGS.map((encoding) => (
              <option key={encoding} value={encoding}>
                {t(`file.encodings.${encoding}`)}
              </option>
            ))}
          </select>
          <p className="hint">{t(`file.encodingSource.${summary.encodingSource}`)}</p>
        </div>
        <div className="field">
          <label htmlFor={delimiterId} className="field-label">
            {t('file.delimiter')}
          </label>
          <select
            id={delimiterId}
            className="input"
            value={settings.delimiter ?? summary.delimiter}
            onChange={(event) => {
              const delimiter = event.target.value;
              if (isDelimiter(delimiter)) read({ ...settings, delimiter });
            }}
          >
            {DELIMITERS.map((delimiter) => (
              <option key={delimiter} value={delimiter}>
                {t(`file.delimiters.${DELIMITER_NAMES[delimiter]}`)}
              </option>
            ))}
          </select>
          <p className="hint">
            {settings.delimiter ? t('file.delimiterChosen') : t('file.delimiterDetected')}
          </p>
        </div>
        <label className="import-format__check">
          <input
            type="checkbox"
            checked={settings.hasHeaderRow ?? hasHeaderRow}
            onChange={(event) => read({ ...settings, hasHeaderRow: event.target.checked })}
          />
          {t('file.headerRow')}
        </label>
      </div>
      <ProblemNotice problem={problem} />
      <WarningNotices warnings={summary.warnings.map(messages.warning)} />
      {problem ? null : (
        <PreviewTable headers={summary.headers} rows={summary.preview.slice(0, PREVIEWED_ROWS)} />
      )}
    </>
  );
}
