import { create } from 'zustand';
import type { AppErrorShape, ChannelName } from '../../../../shared/contract';
import type { WorkspaceStatus } from '../../../../shared/domain/workspace';
import { request, subscribe, toAppError } from '../../api/callsheet';

type WorkspaceAction = Extract<
  ChannelName,
  'connectSandbox' | 'connectLiveWorkspace' | 'disconnectWorkspace' | 'removeApiKey'
>;

interface WorkspaceState {
  status: WorkspaceStatus | null;
  /** What is running right now, so the matching button can say so. */
  busy: WorkspaceAction | 'saveApiKey' | null;
  error: AppErrorShape | null;
  load: () => Promise<void>;
  run: (action: WorkspaceAction) => Promise<void>;
  saveApiKey: (apiKey: string) => Promise<boolean>;
}

export const useWorkspace = create<WorkspaceState>((set) => ({
  status: null,
  busy: null,
  error: null,
  load: async () => {
    try {
      set({ status: await request('getWorkspaceStatus', {}), error: null });
    } catch (error) {
      set({ error: toAppError(error) });
    }
  },
  run: async (action) => {
    set({ busy: action, error: null });
    try {
      set({ status: await request(action, {}) });
    } catch (error) {
      set({ error: toAppError(error) });
    } finally {
      set({ busy: null });
    }
  },
  saveApiKey: async (apiKey) => {
    set({ busy: 'saveApiKey', error: null });
    try {
      set({ status: await request('saveApiKey', { apiKey }) });
      return true;
    } catch (error) {
      set({ error: toAppError(error) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
}));

/** Keeps the store in step with main, which may change the connection on its own. */
export function followWorkspaceChanges(): () => void {
  return subscribe('workspaceChanged', (status) => useWorkspace.setState({ status }));
}
