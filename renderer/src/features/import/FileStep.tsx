import { useId } from 'react';
import { useStore } from 'zustand';
import {
  DELIMITER_LABELS,
  DELIMITERS,
  ENCODING_LABELS,
  SPREADSHEET_ENCODINGS,
  isDelimiter,
  type EncodingSource,
  type SpreadsheetEncoding,
} from '../../../../shared/domain/spreadsheet';
import type { ImportSession } from './import-session';
import { plural } from './import-format';
import { ProblemNotice, WarningNotices } from './ImportNotices';
import { PreviewTable } from './PreviewTable';
import { StepHeading } from './StepHeading';

const PREVIEWED_ROWS = 8;

const ENCODING_SOURCES: Readonly<Record<EncodingSource, string>> = {
  'byte-order-mark': 'Marked in the file.',
  'valid-utf-8': 'Detected from the file.',
  guessed: 'A best guess: if letters with accents look wrong below, choose another.',
  chosen: 'As you chose.',
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
  const encodingId = useId();
  const delimiterId = useId();
  if (!sheet) return null;
  const { summary } = sheet;
  const hasHeaderRow = summary.headerRowNumber !== undefined;

  return (
    <>
      <StepHeading>Check that the file reads right</StepHeading>
      <p className="hint">
        {plural(summary.rowCount, 'row', 'rows')} ·{' '}
        {plural(summary.headers.length, 'column', 'columns')}
      </p>
      <div className="import-format">
        <div className="field">
          <label htmlFor={encodingId} className="field-label">
            Text encoding
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
                {ENCODING_LABELS[encoding]}
              </option>
            ))}
          </select>
          <p className="hint">{ENCODING_SOURCES[summary.encodingSource]}</p>
        </div>
        <div className="field">
          <label htmlFor={delimiterId} className="field-label">
            Columns separated by
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
                {DELIMITER_LABELS[delimiter]}
              </option>
            ))}
          </select>
          <p className="hint">{settings.delimiter ? 'As you chose.' : 'Detected from the file.'}</p>
        </div>
        <label className="import-format__check">
          <input
            type="checkbox"
            checked={settings.hasHeaderRow ?? hasHeaderRow}
            onChange={(event) => read({ ...settings, hasHeaderRow: event.target.checked })}
          />
          The first row holds column names
        </label>
      </div>
      <ProblemNotice problem={problem} />
      <WarningNotices warnings={summary.warnings} />
      {problem ? null : (
        <PreviewTable headers={summary.headers} rows={summary.preview.slice(0, PREVIEWED_ROWS)} />
      )}
    </>
  );
}
