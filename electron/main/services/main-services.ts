import { join } from 'node:path';
import type { AppInfo } from '../../../shared/domain/workspace';
import { createDiagnosticsLog, type DiagnosticsLog } from './diagnostics/diagnostics-log';
import { createElevenLabsGateway } from './elevenlabs/gateway';
import type { EventSink } from './events';
import type { Platform } from './platform';
import { startSandboxServer } from './sandbox';
import type { SecretStore } from './secrets/secret-store';
import { createSettingsStore } from './settings/settings-store';
import { createWorkspaceService, type WorkspaceService } from './workspace/workspace-service';

export const ELEVENLABS_API_URL = 'https://api.elevenlabs.io';

export interface MainServices {
  appInfo: AppInfo;
  dataDir: string;
  workspace: WorkspaceService;
  diagnostics: DiagnosticsLog;
  platform: Platform;
  dispose(): Promise<void>;
}

export interface MainServicesOptions {
  appInfo: AppInfo;
  /** The app data folder: settings, drafts and logs live here; never the API key. */
  dataDir: string;
  secrets: SecretStore;
  platform: Platform;
  emit: EventSink;
  /** Where the real workspace is; tests point it at a sandbox standing in for ElevenLabs. */
  liveBaseUrl?: string;
  /** How long one ElevenLabs request may take before the user is told. */
  requestTimeoutSeconds?: number;
}

/**
 * The composition root below the window: the same services for the Electron app and for the
 * browser test host, so both exercise identical code.
 */
export function createMainServices(options: MainServicesOptions): MainServices {
  const diagnostics = createDiagnosticsLog({ directory: join(options.dataDir, 'logs') });
  const workspace = createWorkspaceService({
    secrets: options.secrets,
    settings: createSettingsStore(options.dataDir),
    liveBaseUrl: options.liveBaseUrl ?? ELEVENLABS_API_URL,
    startSandbox: () => startSandboxServer(),
    createGateway: (gateway) =>
      createElevenLabsGateway({
        ...gateway,
        ...(options.requestTimeoutSeconds ? { timeoutSeconds: options.requestTimeoutSeconds } : {}),
        onRequest: (entry) => diagnostics.record({ kind: 'request', ...entry }),
      }),
    protectSecret: (secret) => diagnostics.remember(secret),
    onChange: (status) => options.emit('workspaceChanged', status),
  });
  return {
    appInfo: options.appInfo,
    dataDir: options.dataDir,
    workspace,
    diagnostics,
    platform: options.platform,
    async dispose() {
      await workspace.dispose();
    },
  };
}
