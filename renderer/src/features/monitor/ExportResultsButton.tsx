import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import { request, toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { saveTextFile } from './save-file';

/** The campaign's results as a spreadsheet (CSV): everyone in it, their call and its outcome. */
export function ExportResultsButton(props: { draftId: string }) {
  const { t } = useTranslation('monitor');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const exportResults = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const { fileName, csv } = await request('exportResults', { draftId: props.draftId });
      saveTextFile(fileName, csv, 'text/csv;charset=utf-8');
      setSaved(fileName);
    } catch (reason) {
      setError(toAppError(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-results">
      <button type="button" className="button" disabled={busy} onClick={() => void exportResults()}>
        {busy ? t('export.busy') : t('export.label')}
      </button>
      <p className="hint" role="status">
        {saved ? t('export.done', { fileName: saved }) : ''}
      </p>
      <ErrorNotice error={error} onRetry={() => void exportResults()} />
    </div>
  );
}
