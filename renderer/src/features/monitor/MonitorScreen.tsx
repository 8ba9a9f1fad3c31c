import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribe } from '../../api/callsheet';
import { UnreadableFilesNotice } from '../../ui/UnreadableFilesNotice';
import { useWorkspace } from '../workspace/workspace-store';
import { BatchList } from './BatchList';
import { BatchScreen } from './BatchScreen';
import { useBatchList } from './batch-list-store';
import { useBatchView } from './batch-view-store';
import { useStopWatchingOnClose } from './use-watch-batches';

/** The batches of calls sent to ElevenLabs, and one of them live once opened. */
export function MonitorScreen() {
  const batchId = useBatchView((state) => state.batchId);
  const mode = useWorkspace((state) => state.status?.mode ?? null);
  const load = useBatchList((state) => state.load);
  const problems = useBatchList((state) => state.problems);
  const { t } = useTranslation(['monitor', 'common']);
  useStopWatchingOnClose();

  useEffect(
    () =>
      subscribe('batchUpdated', (update) => {
        useBatchList.getState().receive(update);
        useBatchView.getState().receive(update);
      }),
    [],
  );

  // Fresh on every visit, and again when another workspace is connected.
  useEffect(() => {
    if (mode === 'sandbox' || mode === 'live') void load();
  }, [mode, load]);

  if (batchId !== null) return <BatchScreen key={batchId} batchId={batchId} />;
  return (
    <>
      <header className="screen-header">
        <h1 id="monitor-heading" tabIndex={-1}>
          {t('common:sections.monitor')}
        </h1>
      </header>
      <UnreadableFilesNotice problems={problems} kind="results" />
      <BatchList />
    </>
  );
}
