import type { Handlers } from '../ipc/dispatch';
import type { MainServices } from '../services/main-services';

export function workspaceHandlers(
  services: MainServices,
): Pick<
  Handlers,
  | 'getWorkspaceStatus'
  | 'connectSandbox'
  | 'connectLiveWorkspace'
  | 'disconnectWorkspace'
  | 'saveApiKey'
  | 'removeApiKey'
  | 'listPhoneNumbers'
> {
  const { workspace } = services;
  return {
    getWorkspaceStatus: async () => workspace.status(),
    connectSandbox: () => workspace.connectSandbox(),
    connectLiveWorkspace: () => workspace.connectLive(),
    disconnectWorkspace: () => workspace.disconnect(),
    saveApiKey: ({ apiKey }) => workspace.saveApiKey(apiKey),
    removeApiKey: () => workspace.removeApiKey(),
    listPhoneNumbers: () => workspace.gateway().listPhoneNumbers(),
  };
}
