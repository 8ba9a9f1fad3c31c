import type { Diagnostics } from '../../../shared/domain/workspace';
import type { Handlers } from '../ipc/dispatch';
import type { MainServices } from '../services/main-services';

const RECENT_LINES = 300;

function collect(services: MainServices): Diagnostics {
  const status = services.workspace.status();
  const header = [
    `${services.appInfo.name} ${services.appInfo.version}`,
    `platform: ${process.platform} ${process.arch}, node ${process.versions.node}`,
    `workspace: ${status.mode}, key stored: ${status.keyStored ? 'yes' : 'no'}`,
    status.keychainProblem ? `keychain: ${status.keychainProblem}` : 'keychain: ok',
    '',
    `recent log (${services.diagnostics.directory}):`,
  ];
  return {
    logDirectory: services.diagnostics.directory,
    text: [...header, ...services.diagnostics.recent(RECENT_LINES)].join('\n'),
  };
}

export function diagnosticsHandlers(
  services: MainServices,
): Pick<Handlers, 'getDiagnostics' | 'openLogsFolder' | 'copyDiagnostics'> {
  return {
    getDiagnostics: async () => collect(services),
    openLogsFolder: async () => {
      const path = services.diagnostics.directory;
      services.diagnostics.record({ kind: 'app', message: 'logs folder opened' });
      await services.platform.openPath(path);
      return { path };
    },
    copyDiagnostics: async () => {
      const diagnostics = collect(services);
      services.platform.writeClipboard(diagnostics.text);
      return diagnostics;
    },
  };
}
