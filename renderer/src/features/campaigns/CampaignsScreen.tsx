import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { NewRecordButton } from '../../ui/record-list/RecordList';
import { UnreadableFilesNotice } from '../../ui/UnreadableFilesNotice';
import { AgentBrowser } from '../workspace/AgentBrowser';
import { ConnectWorkspaceActions } from '../workspace/ConnectWorkspace';
import { useWorkspace } from '../workspace/workspace-store';
import { DraftList } from './DraftList';
import { useDraftList } from './drafts-store';

export function CampaignsScreen() {
  const { t } = useTranslation(['campaigns', 'common']);
  const mode = useWorkspace((state) => state.status?.mode ?? 'none');
  const { records: drafts, problems, error, load } = useDraftList();
  const openDraft = useNavigation((state) => state.openDraft);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <header className="screen-header screen-header--with-actions">
        <h1>{t('common:sections.campaigns')}</h1>
        <NewRecordButton
          store={useDraftList}
          onCreated={openDraft}
          label={t('list.new')}
          creatingLabel={t('list.creating')}
        />
      </header>
      <ErrorNotice error={error} onRetry={() => void load()} />
      <UnreadableFilesNotice problems={problems} kind="campaign" />
      {mode === 'none' ? (
        <EmptyState title={t('list.connectTitle')} actions={<ConnectWorkspaceActions />}>
          <p>{t('list.connectText')}</p>
        </EmptyState>
      ) : null}
      {drafts === null ? null : drafts.length > 0 ? (
        <DraftList drafts={drafts} />
      ) : mode !== 'none' ? (
        <>
          <EmptyState title={t('list.emptyTitle')}>
            <p>{t('list.emptyText')}</p>
          </EmptyState>
          <section className="card" aria-labelledby="agents-heading">
            <h2 id="agents-heading">{t('list.yourAgents')}</h2>
            <AgentBrowser />
          </section>
        </>
      ) : null}
    </>
  );
}
