import { DoNotCallSection } from '../do-not-call/DoNotCallSection';
import { AgentBrowser } from '../workspace/AgentBrowser';
import { PhoneNumberList } from '../workspace/PhoneNumberList';
import { useWorkspace } from '../workspace/workspace-store';
import { DiagnosticsSection } from './DiagnosticsSection';
import { WorkspaceSection } from './WorkspaceSection';

export function SettingsScreen() {
  const connected = useWorkspace((state) => (state.status?.mode ?? 'none') !== 'none');
  return (
    <>
      <header className="screen-header">
        <h1>Settings</h1>
      </header>
      <WorkspaceSection />
      {connected ? (
        <>
          <section className="card" aria-labelledby="settings-agents-heading">
            <h2 id="settings-agents-heading">Agents</h2>
            <AgentBrowser />
          </section>
          <section className="card" aria-labelledby="phone-numbers-heading">
            <h2 id="phone-numbers-heading">Phone numbers</h2>
            <PhoneNumberList />
          </section>
        </>
      ) : null}
      <DoNotCallSection />
      <DiagnosticsSection />
    </>
  );
}
