import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { dispatchOptionsFor } from '../../../electron/main/ipc/dispatch-options';
import {
  createMainServices,
  type MainServices,
} from '../../../electron/main/services/main-services';
import type { Scheduler } from '../../../electron/main/services/monitor/scheduler';
import { startSandboxServer, type SandboxServer } from '../../../electron/main/services/sandbox';
import { createKeychainSecretStore } from '../../../electron/main/services/secrets/keychain-secret-store';
import type { SecretStore } from '../../../electron/main/services/secrets/secret-store';
import type {
  ChannelInput,
  ChannelName,
  Envelope,
  ChannelOutput,
  EventName,
} from '../../../shared/contract';

export interface AppHarness {
  dataDir: string;
  /** The stand-in for api.elevenlabs.io. */
  live: SandboxServer;
  services: MainServices;
  secrets: SecretStore;
  /** Every envelope and event main produced, for scanning. */
  transcript: string[];
  events: Array<{ name: EventName; payload: unknown }>;
  platformCalls: string[];
  call<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<Envelope<ChannelOutput<K>>>;
  callRaw(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** A fresh set of services over the same data folder and keychain entry, as after a restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface AppHarnessOptions {
  /** The batch monitor's timers; tests that follow batches pass one they can move on. */
  scheduler?: Scheduler;
}

/** Builds the real services and handlers over a temp data folder and the real OS keychain. */
export async function startAppHarness(options: AppHarnessOptions = {}): Promise<AppHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'callsheet-services-'));
  // Frozen sandbox time: tests move it on with live.clock.advance().
  const live = await startSandboxServer({ timeScale: 0 });
  const secrets = createKeychainSecretStore({
    service: `Callsheet services test ${randomBytes(6).toString('hex')}`,
  });
  const transcript: string[] = [];
  const events: AppHarness['events'] = [];
  const platformCalls: string[] = [];

  const build = () => {
    const services = createMainServices({
      appInfo: { name: 'Callsheet', version: '0.0.0-test' },
      dataDir,
      secrets,
      liveBaseUrl: live.url,
      requestTimeoutSeconds: 2,
      platform: {
        openPath: async (path) => void platformCalls.push(`openPath ${path}`),
        writeClipboard: (text) => void platformCalls.push(`writeClipboard ${text}`),
        notify: (title, body) => void platformCalls.push(`notify ${title}: ${body}`),
      },
      emit: (name, payload) => {
        events.push({ name, payload });
        transcript.push(JSON.stringify(payload));
      },
      ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    });
    return { services, handlers: createHandlers(services), options: dispatchOptionsFor(services) };
  };

  let current = build();
  await current.services.workspace.restore();

  const callRaw = async (name: string, input: unknown) => {
    const envelope = await dispatch(current.handlers, name, input, current.options);
    transcript.push(JSON.stringify(envelope));
    return envelope;
  };

  return {
    dataDir,
    live,
    secrets,
    transcript,
    events,
    platformCalls,
    get services() {
      return current.services;
    },
    call: (name, input) => callRaw(name, input) as never,
    callRaw,
    async restart() {
      await current.services.dispose();
      current = build();
      await current.services.workspace.restore();
    },
    async close() {
      await current.services.dispose();
      await secrets.deleteApiKey().catch(() => undefined);
      await live.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * startAppHarness with the stand-in's API key saved, as most tests need. A key the keychain
 * refuses closes the harness before failing, so no data folder is left behind.
 */
export async function startConnectedHarness(options: AppHarnessOptions = {}): Promise<AppHarness> {
  const app = await startAppHarness(options);
  const saved = await app.call('saveApiKey', { apiKey: app.live.apiKey });
  if (!saved.ok) {
    await app.close();
    throw new Error(`The API key could not be saved: ${saved.error.message}`);
  }
  return app;
}

/** Every file under a folder, with its contents, for secret scans. */
export function readAllFiles(dir: string): Array<{ path: string; text: string }> {
  const found: Array<{ path: string; text: string }> = [];
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else {
      found.push({ path, text: readFileSync(path, 'latin1') });
    }
  };
  visit(dir);
  return found;
}
