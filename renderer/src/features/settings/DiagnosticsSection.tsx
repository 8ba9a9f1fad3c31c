import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import { request, toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** For support: the log never holds the key or what was said on calls. */
export function DiagnosticsSection() {
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const act = async (action: 'openLogsFolder' | 'copyDiagnostics') => {
    setError(null);
    setNote(null);
    try {
      if (action === 'openLogsFolder') {
        const { path } = await request('openLogsFolder', {});
        setNote(`Logs are in ${path}`);
      } else {
        await request('copyDiagnostics', {});
        setNote('Diagnostics copied — paste them into your message to support.');
      }
    } catch (reason) {
      setError(toAppError(reason));
    }
  };

  return (
    <section className="card" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">Diagnostics</h2>
      <p className="muted">
        Callsheet keeps a short log of its requests to ElevenLabs and of the errors it showed you.
        It never contains your API key or what was said on calls.
      </p>
      <div className="row">
        <button type="button" className="button" onClick={() => void act('openLogsFolder')}>
          Open logs folder
        </button>
        <button type="button" className="button" onClick={() => void act('copyDiagnostics')}>
          Copy diagnostics
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
