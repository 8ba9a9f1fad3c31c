import { useTranslation } from 'react-i18next';
import { recipientsToCsv } from '../../../../shared/domain/spreadsheet';
import { showToast } from '../../ui/toast-store';
import { useDraft, useDraftStore } from '../campaigns/editor/draft-store-context';
import { saveTextFile } from '../monitor/save-file';
import { useRecipients, useRecipientStore } from '../recipients/recipient-store-context';
import { recipientsFileName, spreadsheetListSeparator } from './import-format';

/** The draft's recipients as a CSV file that spreadsheet apps open and Callsheet imports back. */
export function ExportCsvButton(props: { agentVariables: readonly string[] }) {
  const { t } = useTranslation('import');
  const store = useRecipientStore();
  const empty = useRecipients((state) => state.recipients.length === 0);
  const draft = useDraftStore();
  const campaignName = useDraft((state) => state.settings.name);

  const exportCsv = () => {
    const { recipients } = store.getState();
    const csv = recipientsToCsv(recipients, {
      columns: draft.getState().settings.spreadsheetColumns,
      agentVariables: props.agentVariables,
      delimiter: spreadsheetListSeparator(),
    });
    const fileName = recipientsFileName(campaignName, t);
    saveTextFile(fileName, csv, 'text/csv;charset=utf-8');
    showToast(t('exported', { count: recipients.length, file: fileName }));
  };

  return (
    <button type="button" className="button" disabled={empty} onClick={exportCsv}>
      {t('actions.exportCsv')}
    </button>
  );
}
