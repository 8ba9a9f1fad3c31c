import { EmptyState } from '../../ui/EmptyState';
import { ConnectWorkspaceActions } from '../workspace/ConnectWorkspace';
import { AgentBrowser } from '../workspace/AgentBrowser';
import { useWorkspace } from '../workspace/workspace-store';

export function CampaignsScreen() {
  const mode = useWorkspace((state) => state.status?.mode ?? 'none');
  return (
    <>
      <header className="screen-header">
        <h1>Campaigns</h1>
      </header>
      {mode === 'none' ? (
        <EmptyState
          title="Start by connecting your workspace"
          actions={<ConnectWorkspaceActions />}
        >
          <p>
            Callsheet places calls through your ElevenLabs agents. Connect your ElevenLabs workspace
            with its API key, or try everything first in the sandbox — no key needed and no real
            calls made.
          </p>
        </EmptyState>
      ) : (
        <>
          <EmptyState title="No campaigns yet">
            <p>
              A campaign is a list of people for one of your agents to call. Pick the agent below to
              see what it says and which values it needs for each person.
            </p>
          </EmptyState>
          <section className="card" aria-labelledby="agents-heading">
            <h2 id="agents-heading">Your agents</h2>
            <AgentBrowser />
          </section>
        </>
      )}
    </>
  );
}
