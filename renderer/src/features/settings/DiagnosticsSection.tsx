import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import { request, toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** For support: the log never holds the key or what was said on calls. */
export function DiagnosticsSection() {
  const { t } = useTranslation('settings');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const act = async (action: 'openLogsFolder' | 'copyDiagnostics') => {
    setError(null);
    setNote(null);
    try {
      if (action === 'openLogsFolder') {
        const { path } = await request('openLogsFolder', {});
        setNote(t('diagnostics.logsAreIn', { path }));
      } else {
        await request('copyDiagnostics', {});
        setNote(t('diagnostics.copied'));
      }
    } catch (reason) {
      setError(toAppError(reason));
    }
  };

  return (
    <section className="card" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{t('diagnostics.heading')}</h2>
      <p className="muted">{t('diagnostics.about')}</p>
      <div className="row">
        <button type="button" className="button" onClick={() => void act('openLogsFolder')}>
          {t('diagnostics.openLogs')}
        </button>
        <button type="button" className="button" onClick={() => void act('copyDiagnostics')}>
          {t('diagnostics.copy')}
        </button>
      </div>
      {note ? (
        <p className="note" role="status">
          {note}
        </p>
      ) : null}
      <ErrorNotice error={error} />
    </section>
  );
}
