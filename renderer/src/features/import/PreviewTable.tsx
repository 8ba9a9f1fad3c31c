import { useTranslation } from 'react-i18next';
import type { SpreadsheetRow } from '../../../../shared/domain/spreadsheet';

/** The file's first rows as they were read: text only, numbered as the spreadsheet app does. */
export function PreviewTable(props: {
  headers: readonly string[];
  rows: readonly SpreadsheetRow[];
}) {
  const { t } = useTranslation('import');
  return (
    // Focusable, so the keyboard can scroll a wide file sideways.
    <div className="import-preview" role="region" aria-label={t('file.preview')} tabIndex={0}>
      <table className="table import-preview__table">
        <thead>
          <tr>
            <th scope="col">{t('file.row')}</th>
            {props.headers.map((header, index) => (
              <th key={index} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.rowNumber}>
              <th scope="row">{row.rowNumber}</th>
              {props.headers.map((_, index) => (
                <td key={index} title={row.cells[index]}>
                  {row.cells[index] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
