import { useEffect } from 'react';
import { CampaignsScreen } from '../features/campaigns/CampaignsScreen';
import { DraftEditorScreen } from '../features/campaigns/editor/DraftEditorScreen';
import { MonitorScreen } from '../features/monitor/MonitorScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TaskEditorScreen } from '../features/tasks/editor/TaskEditorScreen';
import { TasksScreen } from '../features/tasks/TasksScreen';
import { SandboxBanner } from '../features/workspace/SandboxBanner';
import { followWorkspaceChanges, useWorkspace } from '../features/workspace/workspace-store';
import { Toasts } from '../ui/Toasts';
import { useNavigation } from './navigation-store';
import { Sidebar } from './Sidebar';

export function App() {
  const section = useNavigation((state) => state.section);
  const openDraftId = useNavigation((state) => state.openDraftId);
  const openTaskId = useNavigation((state) => state.openTaskId);
  const load = useWorkspace((state) => state.load);

  useEffect(() => {
    const stop = followWorkspaceChanges();
    void load();
    return stop;
  }, [load]);

  const editing = section === 'campaigns' && openDraftId !== null;
  return (
    <div className="app">
      <Sidebar />
      <div className="app__main">
        <SandboxBanner />
        <main className={`screen${editing ? ' screen--wide' : ''}`}>
          {section === 'campaigns' && openDraftId !== null ? (
            <DraftEditorScreen key={openDraftId} draftId={openDraftId} />
          ) : null}
          {section === 'campaigns' && openDraftId === null ? <CampaignsScreen /> : null}
          {section === 'monitor' ? <MonitorScreen /> : null}
          {section === 'tasks' && openTaskId !== null ? (
            <TaskEditorScreen key={openTaskId} taskId={openTaskId} />
          ) : null}
          {section === 'tasks' && openTaskId === null ? <TasksScreen /> : null}
          {section === 'settings' ? <SettingsScreen /> : null}
        </main>
      </div>
      <Toasts />
    </div>
  );
}
