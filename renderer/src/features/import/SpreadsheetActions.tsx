import { useTranslation } from 'react-i18next';
import { useRecipients } from '../recipients/recipient-store-context';
import { ExportCsvButton } from './ExportCsvButton';
import { SpreadsheetFileButton } from './SpreadsheetFileButton';
import { useImportWorkersReady } from './start-import-worker';

/** The recipient toolbar's way in and out: import a spreadsheet, export the list as CSV. */
export function SpreadsheetActions(props: {
  agentVariables: readonly string[];
  onImport: (file: File) => void;
}) {
  const { t } = useTranslation('import');
  const readOnly = useRecipients((state) => state.readOnly);
  useImportWorkersReady(!readOnly);
  return (
    <>
      {readOnly ? null : (
        <SpreadsheetFileButton label={t('actions.importSpreadsheet')} onFile={props.onImport} />
      )}
      <ExportCsvButton agentVariables={props.agentVariables} />
    </>
  );
}
