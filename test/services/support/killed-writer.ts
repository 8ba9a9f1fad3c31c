import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Kills a child process that saves a record over and over, at a moment chosen by what is on
// disk, so a test can check what a restarted app finds after a real crash mid-write.

/** electron-store writes in place when it sees SNAP; without it, it writes atomically. */
export const withoutSnap: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'SNAP'),
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const children: ChildProcess[] = [];

/** For afterEach: no writer outlives its test. */
export function killWriters(): void {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
}

export interface Writer {
  child: ChildProcess;
  /** The last version the writer reported as saved (its `saved <n>` lines). */
  confirmed(): number | undefined;
  exited: Promise<void>;
}

/** Runs a TypeScript writer script with the given arguments. */
export function startWriter(script: string, args: string[], env: NodeJS.ProcessEnv): Writer {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './test/host/register-electron-absent.mjs', script, ...args],
    { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let confirmed: number | undefined;
  let output = '';
  let errors = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    for (const match of output.matchAll(/^saved (\d+)$/gm)) confirmed = Number(match[1]);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') errors += `\nexited with ${code ?? signal}`;
      resolve();
    }),
  );
  child.on('exit', () => {
    if (errors && child.signalCode !== 'SIGKILL') console.error(errors);
  });
  return { child, confirmed: () => confirmed, exited };
}

/** What electron-store's atomic writer is writing (or left behind when killed). */
export const temporaryFiles = (directory: string): string[] =>
  readdirSync(directory).filter((entry) => entry.includes('.json.tmp-'));

/** True once a temporary file has data in it: after it was opened, before the rename. */
export const writingTemporaryFile = (directory: string): boolean =>
  temporaryFiles(directory).some(
    (entry) => (statSync(join(directory, entry), { throwIfNoEntry: false })?.size ?? 0) > 0,
  );

/** Waits until the writer has saved at least once and `writing()` says it is mid-write, then kills it. */
export async function killWhen(writer: Writer, writing: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (writer.confirmed() === undefined) {
    if (Date.now() > deadline || writer.child.exitCode !== null) throw new Error('writer stuck');
    await sleep(5);
  }
  while (!writing()) {
    if (Date.now() > deadline || writer.child.exitCode !== null) throw new Error('no write seen');
    await sleep(1);
  }
  writer.child.kill('SIGKILL');
  await writer.exited;
}
