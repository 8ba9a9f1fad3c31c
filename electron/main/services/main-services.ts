import { join } from 'node:path';
import type { AppInfo } from '../../../shared/domain/workspace';
import { createDiagnosticsLog, type DiagnosticsLog } from './diagnostics/diagnostics-log';
import { createDraftStore, type DraftStore } from './drafts/draft-store';
import { createRecipientUploads, type RecipientUploads } from './drafts/recipient-uploads';
import { createElevenLabsGateway } from './elevenlabs/gateway';
import type { EventSink } from './events';
import type { Platform } from './platform';
import { startSandboxServer } from './sandbox';
import type { SecretStore } from './secrets/secret-store';
import { createDoNotCallStore, type DoNotCallStore } from './do-not-call/do-not-call-store';
import { createLaunchService, type LaunchService } from './launch/launch-service';
import { createCampaignIndex, type CampaignIndex } from './monitor/campaign-index';
import { createBatchMonitor, type BatchMonitor } from './monitor/monitor-service';
import { systemScheduler, type Scheduler } from './monitor/scheduler';
import { createResultsService, type ResultsService } from './results/results-service';
import { createConversationStore } from './results/conversation-store';
import { createResultsStore } from './results/results-store';
import { createSettingsStore, type SettingsStore } from './settings/settings-store';
import { createTaskRunService, type TaskRunService } from './tasks/task-run-service';
import { createTaskStore, type TaskStore } from './tasks/task-store';
import {
  createWorkspaceService,
  type RunningSandbox,
  type WorkspaceService,
} from './workspace/workspace-service';

export const ELEVENLABS_API_URL = 'https://api.elevenlabs.io';

export interface MainServices {
  appInfo: AppInfo;
  dataDir: string;
  workspace: WorkspaceService;
  diagnostics: DiagnosticsLog;
  drafts: DraftStore;
  /** Big drafts' recipients on their way to an autosave, in pieces. */
  draftUploads: RecipientUploads;
  settings: SettingsStore;
  doNotCall: DoNotCallStore;
  launch: LaunchService;
  campaigns: CampaignIndex;
  monitor: BatchMonitor;
  results: ResultsService;
  tasks: TaskStore;
  taskRuns: TaskRunService;
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
  /** Starts the "Try the sandbox" workspace; tests pass one they can steer. */
  startSandbox?: () => Promise<RunningSandbox>;
  now?: () => number;
  /** Timers of the batch monitor and of running tasks; tests pass one they can move on. */
  scheduler?: Scheduler;
}

/**
 * The composition root below the window: the same services for the Electron app and for the
 * browser test host, so both exercise identical code.
 */
export function createMainServices(options: MainServicesOptions): MainServices {
  const now = options.now ?? Date.now;
  const diagnostics = createDiagnosticsLog({ directory: join(options.dataDir, 'logs') });
  const settings = createSettingsStore(options.dataDir);
  const workspace = createWorkspaceService({
    secrets: options.secrets,
    settings,
    liveBaseUrl: options.liveBaseUrl ?? ELEVENLABS_API_URL,
    startSandbox: options.startSandbox ?? (() => startSandboxServer()),
    createGateway: (gateway) =>
      createElevenLabsGateway({
        ...gateway,
        ...(options.requestTimeoutSeconds ? { timeoutSeconds: options.requestTimeoutSeconds } : {}),
        onRequest: (entry) => diagnostics.record({ kind: 'request', ...entry }),
      }),
    protectSecret: (secret) => diagnostics.remember(secret),
    onChange: (status) => {
      options.emit('workspaceChanged', status);
      // At start and on reconnecting: pick up campaigns still running.
      if (status.mode !== 'none') monitor.resume();
    },
  });
  const drafts = createDraftStore({ directory: join(options.dataDir, 'drafts') });
  const doNotCall = createDoNotCallStore(options.dataDir, now);
  const report = (message: string) => diagnostics.record({ kind: 'app', message });
  const campaigns = createCampaignIndex(drafts);
  const resultsDir = join(options.dataDir, 'results');
  const savedBatches = createResultsStore({ directory: resultsDir, report, now });
  const conversations = createConversationStore({
    directory: join(resultsDir, 'conversations'),
    report,
    now,
  });
  const monitor = createBatchMonitor({
    gateway: () => workspace.gateway(),
    campaigns,
    results: savedBatches,
    conversations,
    emit: options.emit,
    notify: (title, body) => options.platform.notify(title, body),
    language: () => settings.get().uiLanguage,
    scheduler: options.scheduler ?? systemScheduler,
    report,
  });
  const launch = createLaunchService({ drafts, workspace, doNotCall, settings, now });
  const tasks = createTaskStore({ directory: join(options.dataDir, 'tasks'), now });
  const taskRuns = createTaskRunService({
    store: tasks,
    workspace,
    emit: options.emit,
    now,
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    report,
  });
  return {
    appInfo: options.appInfo,
    dataDir: options.dataDir,
    workspace,
    diagnostics,
    drafts,
    draftUploads: createRecipientUploads(),
    settings,
    doNotCall,
    launch: {
      ...launch,
      // Followed until they finish, so the user is told when they do.
      async submit(request) {
        const launched = await launch.submit(request);
        monitor.follow(launched.batches.map((batch) => batch.id));
        return launched;
      },
    },
    campaigns,
    monitor,
    results: createResultsService({
      drafts,
      monitor,
      conversations,
      savedBatches,
      gateway: () => workspace.gateway(),
      now,
      timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
    tasks,
    taskRuns,
    platform: options.platform,
    async dispose() {
      await taskRuns.dispose();
      await monitor.dispose();
      await workspace.dispose();
    },
  };
}
