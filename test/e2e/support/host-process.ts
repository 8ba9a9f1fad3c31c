import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface ReadyLine {
  url: string;
  origin: string;
  dataDir: string;
  fakeLiveUrl: string | null;
  fakeLiveApiKey: string | null;
  /** The "Try the sandbox" workspace, when the host started connected to it. */
  sandboxUrl: string | null;
  sandboxApiKey: string | null;
}

export interface HostProcess extends ReadyLine {
  child: ChildProcess;
  /** Graceful stop, as when the user quits. */
  stop(): Promise<void>;
  /** Abrupt death, as in a crash or a kill from the task manager. */
  kill(): Promise<void>;
}

export interface HostProcessOptions {
  /** Start connected to the sandbox (default), as `npm run preview` does. */
  sandbox?: boolean;
  /** Also run a sandbox standing in for the real ElevenLabs API. */
  fakeLive?: boolean;
  /** Reuse a data folder, as when the app is started again. */
  dataDir?: string;
  requestTimeoutSeconds?: number;
  /** Sandbox seconds per real second (default 1), so calls end sooner. */
  sandboxTimeScale?: number;
}

/**
 * Data folders made here for hosts, removed when this process exits: after the last host that
 * used one, as a test restarts hosts over the same folder. A benchmark's folder holds hundreds
 * of megabytes, and left behind they filled the disk run after run.
 */
const madeDataDirs = new Set<string>();
process.once('exit', () => {
  for (const dataDir of madeDataDirs) {
    try {
      rmSync(dataDir, { recursive: true, force: true });
    } catch {
      // A host left running still writes there; its folder stays rather than failing the run.
    }
  }
});

function newDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'callsheet-host-'));
  madeDataDirs.add(dataDir);
  return dataDir;
}

/** Starts the browser test host in its own process and waits until it prints its address. */
export async function startHostProcess(options: HostProcessOptions = {}): Promise<HostProcess> {
  const args = [
    '--import',
    'tsx',
    '--import',
    './test/host/register-electron-absent.mjs',
    'test/host/main.ts',
  ];
  if (options.sandbox ?? true) args.push('--sandbox');
  if (options.fakeLive) args.push('--fake-live');
  args.push('--data-dir', options.dataDir ?? newDataDir());
  if (options.requestTimeoutSeconds) {
    args.push('--request-timeout-seconds', String(options.requestTimeoutSeconds));
  }
  if (options.sandboxTimeScale) {
    args.push('--sandbox-time-scale', String(options.sandboxTimeScale));
  }
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (!child.stdout) throw new Error('test host has no stdout');
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise<ReadyLine>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('test host did not start in 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`test host exited early with code ${code}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as ReadyLine);
    });
  });
  return {
    ...ready,
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Flips a fault on the sandbox that stands in for ElevenLabs (see the sandbox's fault API). */
export async function injectFault(
  host: HostProcess,
  fault: Record<string, unknown>,
): Promise<void> {
  if (!host.fakeLiveUrl || !host.fakeLiveApiKey) throw new Error('host has no fake live API');
  const response = await fetch(`${host.fakeLiveUrl}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'xi-api-key': host.fakeLiveApiKey },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`fault not accepted: ${await response.text()}`);
}

export async function clearFaults(host: HostProcess): Promise<void> {
  if (!host.fakeLiveUrl || !host.fakeLiveApiKey) return;
  await fetch(`${host.fakeLiveUrl}/__sandbox/faults`, {
    method: 'DELETE',
    headers: { 'xi-api-key': host.fakeLiveApiKey },
  });
}
