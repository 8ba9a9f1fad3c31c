import { useEffect } from 'react';
import { CampaignsScreen } from '../features/campaigns/CampaignsScreen';
import { MonitorScreen } from '../features/monitor/MonitorScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SandboxBanner } from '../features/workspace/SandboxBanner';
import { followWorkspaceChanges, useWorkspace } from '../features/workspace/workspace-store';
import { useNavigation } from './navigation-store';
import { Sidebar } from './Sidebar';

export function App() {
  const section = useNavigation((state) => state.section);
  const load = useWorkspace((state) => state.load);

  useEffect(() => {
    const stop = followWorkspaceChanges();
    void load();
    return stop;
  }, [load]);

  return (
    <div className="app">
      <Sidebar />
      <div className="app__main">
        <SandboxBanner />
        <main className="screen">
          {section === 'campaigns' ? <CampaignsScreen /> : null}
          {section === 'monitor' ? <MonitorScreen /> : null}
          {section === 'settings' ? <SettingsScreen /> : null}
        </main>
      </div>
    </div>
  );
}
