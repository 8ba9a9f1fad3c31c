import { AppError } from '../../../../shared/contract/app-error';
import type { WorkspaceMode, WorkspaceStatus } from '../../../../shared/domain/workspace';
import { elevenLabsErrorToAppError } from '../elevenlabs/error-mapping';
import type { ElevenLabsGateway, GatewayOptions } from '../elevenlabs/gateway';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsStore } from '../settings/settings-store';

export interface RunningSandbox {
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

export interface WorkspaceServiceDeps {
  secrets: SecretStore;
  settings: SettingsStore;
  liveBaseUrl: string;
  startSandbox: () => Promise<RunningSandbox>;
  /** Builds an SDK gateway; `onRequest` logging is the caller's business. */
  createGateway: (options: Pick<GatewayOptions, 'baseUrl' | 'apiKey'>) => ElevenLabsGateway;
  /** The key is registered here so no log line can ever contain it. */
  protectSecret: (secret: string) => void;
  onChange: (status: WorkspaceStatus) => void;
}

export interface WorkspaceService {
  status(): WorkspaceStatus;
  /** Reconnects to what the user chose last time; never throws. */
  restore(): Promise<WorkspaceStatus>;
  connectSandbox(): Promise<WorkspaceStatus>;
  connectLive(): Promise<WorkspaceStatus>;
  disconnect(): Promise<WorkspaceStatus>;
  saveApiKey(apiKey: string): Promise<WorkspaceStatus>;
  removeApiKey(): Promise<WorkspaceStatus>;
  /** The gateway for the current workspace; a plain AppError when none is chosen yet. */
  gateway(): ElevenLabsGateway;
  dispose(): Promise<void>;
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return (
    elevenLabsErrorToAppError(error) ??
    new AppError('internal', 'Something went wrong while talking to ElevenLabs.')
  );
}

export function createWorkspaceService(deps: WorkspaceServiceDeps): WorkspaceService {
  let mode: WorkspaceMode = 'none';
  let keyStored = false;
  let accountLabel: string | null = null;
  let keychainProblem: string | null = null;
  let sandbox: RunningSandbox | null = null;
  let current: ElevenLabsGateway | null = null;

  const status = (): WorkspaceStatus => ({
    mode,
    keyStored,
    accountLabel: mode === 'sandbox' ? 'Sandbox workspace' : mode === 'live' ? accountLabel : null,
    keychainProblem,
  });

  const changed = (): WorkspaceStatus => {
    const next = status();
    deps.onChange(next);
    return next;
  };

  const choose = (next: WorkspaceMode) => {
    mode = next;
    deps.settings.update({ workspaceMode: next, accountLabel });
  };

  const readKey = async (): Promise<string | null> => {
    try {
      const key = await deps.secrets.getApiKey();
      keychainProblem = null;
      keyStored = key !== null;
      if (key) deps.protectSecret(key);
      return key;
    } catch (error) {
      keychainProblem = toAppError(error).message;
      return null;
    }
  };

  const goLive = (apiKey: string) => {
    current = deps.createGateway({ baseUrl: deps.liveBaseUrl, apiKey });
    choose('live');
  };

  const connectSandbox = async (): Promise<WorkspaceStatus> => {
    if (!sandbox) sandbox = await deps.startSandbox();
    current = deps.createGateway({ baseUrl: sandbox.url, apiKey: sandbox.apiKey });
    choose('sandbox');
    return changed();
  };

  /** Who the key belongs to; a key scoped without user_read is still a good key. */
  const lookUpAccount = async (gateway: ElevenLabsGateway): Promise<string | null> => {
    try {
      return await gateway.getAccountLabel();
    } catch (error) {
      if (toAppError(error).code === 'missing_permissions') return null;
      throw error;
    }
  };

  return {
    status,
    async restore() {
      const saved = deps.settings.get();
      accountLabel = saved.accountLabel;
      const key = await readKey();
      if (saved.workspaceMode === 'live' && key) goLive(key);
      else if (saved.workspaceMode === 'sandbox') {
        try {
          return await connectSandbox();
        } catch {
          mode = 'none';
        }
      }
      return changed();
    },
    connectSandbox,
    async connectLive() {
      const key = await readKey();
      if (!key) {
        throw new AppError(
          'no_workspace',
          keychainProblem ??
            'No API key is saved yet. Paste your ElevenLabs API key in Settings first.',
        );
      }
      goLive(key);
      return changed();
    },
    async disconnect() {
      current = null;
      choose('none');
      return changed();
    },
    async saveApiKey(apiKey) {
      deps.protectSecret(apiKey);
      const candidate = deps.createGateway({ baseUrl: deps.liveBaseUrl, apiKey });
      try {
        // The cheapest read every usable key must be allowed to make.
        await candidate.listAgents({ pageSize: 1 });
        accountLabel = await lookUpAccount(candidate);
      } catch (error) {
        throw toAppError(error);
      }
      try {
        await deps.secrets.setApiKey(apiKey);
      } catch (error) {
        keychainProblem = toAppError(error).message;
        throw toAppError(error);
      }
      keyStored = true;
      keychainProblem = null;
      current = candidate;
      choose('live');
      return changed();
    },
    async removeApiKey() {
      await deps.secrets.deleteApiKey();
      keyStored = false;
      accountLabel = null;
      if (mode === 'live') {
        current = null;
        choose('none');
      } else {
        deps.settings.update({ accountLabel: null });
      }
      return changed();
    },
    gateway() {
      if (!current) {
        throw new AppError(
          'no_workspace',
          'No workspace is connected yet. Add your ElevenLabs API key in Settings, or choose “Try the sandbox”.',
        );
      }
      return current;
    },
    async dispose() {
      current = null;
      await sandbox?.close();
      sandbox = null;
    },
  };
}
