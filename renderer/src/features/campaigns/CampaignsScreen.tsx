import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { AgentBrowser } from '../workspace/AgentBrowser';
import { ConnectWorkspaceActions } from '../workspace/ConnectWorkspace';
import { useWorkspace } from '../workspace/workspace-store';
import { DraftList, DraftProblemsNotice } from './DraftList';
import { useDraftList } from './drafts-store';

function NewCampaignButton() {
  const { t } = useTranslation('campaigns');
  const create = useDraftList((state) => state.create);
  const creating = useDraftList((state) => state.creating);
  const openDraft = useNavigation((state) => state.openDraft);
  return (
    <button
      type="button"
      className="button button--primary"
      data-new-campaign
      disabled={creating}
      onClick={() => {
        void create().then((id) => id && openDraft(id));
      }}
    >
      {creating ? t('list.creating') : t('list.new')}
    </button>
  );
}

export function CampaignsScreen() {
  const { t } = useTranslation(['campaigns', 'common']);
  const mode = useWorkspace((state) => state.status?.mode ?? 'none');
  const { drafts, problems, error, load } = useDraftList();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <header className="screen-header screen-header--with-actions">
        <h1>{t('common:sections.campaigns')}</h1>
        <NewCampaignButton />
      </header>
      <ErrorNotice error={error} onRetry={() => void load()} />
      <DraftProblemsNotice problems={problems} />
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
