import { useEffect } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { AgentBrowser } from '../workspace/AgentBrowser';
import { ConnectWorkspaceActions } from '../workspace/ConnectWorkspace';
import { useWorkspace } from '../workspace/workspace-store';
import { DraftList, DraftProblemsNotice } from './DraftList';
import { useDraftList } from './drafts-store';

function NewCampaignButton() {
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
      {creating ? 'Creating…' : 'New campaign'}
    </button>
  );
}

export function CampaignsScreen() {
  const mode = useWorkspace((state) => state.status?.mode ?? 'none');
  const { drafts, problems, error, load } = useDraftList();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <header className="screen-header screen-header--with-actions">
        <h1>Campaigns</h1>
        <NewCampaignButton />
      </header>
      <ErrorNotice error={error} onRetry={() => void load()} />
      <DraftProblemsNotice problems={problems} />
      {mode === 'none' ? (
        <EmptyState
          title="Start by connecting your workspace"
          actions={<ConnectWorkspaceActions />}
        >
          <p>
            Callsheet places calls through your ElevenLabs agents. Connect your ElevenLabs workspace
            with its API key, or try everything first in the sandbox — no key needed and no real
            calls made. You can prepare campaigns already; the agent is chosen later.
          </p>
        </EmptyState>
      ) : null}
      {drafts === null ? null : drafts.length > 0 ? (
        <DraftList drafts={drafts} />
      ) : mode !== 'none' ? (
        <>
          <EmptyState title="No campaigns yet">
            <p>
              A campaign is a list of people for one of your agents to call. Start one with New
              campaign, or look at your agents below to see what each says and which values it needs
              for each person.
            </p>
          </EmptyState>
          <section className="card" aria-labelledby="agents-heading">
            <h2 id="agents-heading">Your agents</h2>
            <AgentBrowser />
          </section>
        </>
      ) : null}
    </>
  );
}
