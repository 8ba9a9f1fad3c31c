import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recipientsToCsvInSlices, yieldToEventLoop } from '../../../../shared/domain/spreadsheet';
import { showToast } from '../../ui/toast-store';
import { useDraft, useDraftStore } from '../campaigns/editor/draft-store-context';
import { saveFile } from '../monitor/save-file';
import { useRecipients, useRecipientStore } from '../recipients/recipient-store-context';
import { recipientsFileName, spreadsheetListSeparator } from './import-format';

/** The draft's recipients as a CSV file that spreadsheet apps open and Callsheet imports back. */
export function ExportCsvButton(props: { agentVariables: readonly string[] }) {
  const { t } = useTranslation('import');
  const store = useRecipientStore();
  const draft = useDraftStore();
  const empty = useRecipients((state) => state.recipients.length === 0);
  const campaignName = useDraft((state) => state.settings.name);
  // How far a big list's export has got; null when none is under way.
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<AbortController | null>(null);
  // A file offered after the person has left the campaign would come out of nowhere.
  useEffect(() => () => running.current?.abort(), []);

  const exportCsv = async () => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    // The list as it is now: edits made while it is written replace rows, never change them.
    const { recipients } = store.getState();
    setProgress(0);
    try {
      const parts = await recipientsToCsvInSlices(
        recipients,
        {
          columns: draft.getState().settings.spreadsheetColumns,
          agentVariables: props.agentVariables,
          delimiter: spreadsheetListSeparator(),
        },
        (text) => new Blob([text]),
        {
          yieldToEventLoop,
          signal: controller.signal,
          onProgress: ({ fraction }) => setProgress(fraction),
        },
      );
      if (parts === undefined) return;
      const fileName = recipientsFileName(campaignName, t);
      saveFile(fileName, new Blob(parts, { type: 'text/csv;charset=utf-8' }));
      showToast(t('exported', { count: recipients.length, file: fileName }));
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  return (
    <button
      type="button"
      className="button button--steady-width"
      // Sized for its longest label, so the toolbar doesn't shift while the percentage counts up.
      data-widest-label={t('actions.exporting', { percent: 100 })}
      // Not disabled while under way, which would take the keyboard focus away.
      disabled={empty}
      aria-busy={progress !== null || undefined}
      onClick={() => void exportCsv()}
    >
      {progress === null
        ? t('actions.exportCsv')
        : t('actions.exporting', { percent: Math.round(progress * 100) })}
    </button>
  );
}
