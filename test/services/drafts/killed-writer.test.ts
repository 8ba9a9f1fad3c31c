import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/main/services/drafts/draft-store';
import { savedAs } from './draft-fixtures';

const RECIPIENTS = 20_000;
const ROUNDS = 2;
const saveRepeatedly = fileURLToPath(new URL('./support/save-repeatedly.ts', import.meta.url));

// electron-store writes in place when it sees SNAP; the first test is about its atomic write.
const withoutSnap = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'SNAP'),
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let root: string | undefined;
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Writer {
  child: ChildProcess;
  /** The last revision the writer reported as saved. */
  confirmed(): number | undefined;
  exited: Promise<void>;
}

function startWriter(directory: string, id: string, env: NodeJS.ProcessEnv): Writer {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/host/register-electron-absent.mjs',
      saveRepeatedly,
      directory,
      id,
      String(RECIPIENTS),
    ],
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

const temporaryFiles = (directory: string) =>
  readdirSync(directory).filter((entry) => entry.includes('.json.tmp-'));

/** Waits until the writer has saved at least once and `writing()` says it is mid-write, then kills it. */
async function killWhen(writer: Writer, writing: () => boolean): Promise<void> {
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

function setUp(): { directory: string; id: string; path: string } {
  root = mkdtempSync(join(tmpdir(), 'callsheet-killed-'));
  const directory = join(root, 'drafts');
  const setup = createDraftStore({ directory });
  const { id } = setup.create('Large');
  setup.save(id, 0, savedAs(1, RECIPIENTS));
  return { directory, id, path: join(directory, `${id}.json`) };
}

/** What a restarted app finds: one draft, whole, from one save or the next. */
function expectOneWholeVersion(directory: string, id: string, confirmed: number) {
  const store = createDraftStore({ directory });
  expect(temporaryFiles(directory)).toEqual([]);
  const draft = store.get(id);
  const { drafts, problems } = store.list();
  expect(drafts.map((d) => d.id)).toEqual([id]);
  expect([confirmed, confirmed + 1]).toContain(draft.revision);
  // Beginning and end of the file come from the same save.
  expect(draft.name).toBe(`Saved as ${draft.revision}`);
  expect(draft.variables).toEqual({ saved_as: String(draft.revision) });
  expect(draft.recipients).toHaveLength(RECIPIENTS);
  return problems;
}

describe('a save killed mid-write', () => {
  it('leaves the draft file as either the previous or the new version', async () => {
    const { directory, id } = setUp();
    let leftBehind = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const writer = startWriter(directory, id, withoutSnap);
      // Killed once the temporary file has data in it: after it was opened, before the rename.
      await killWhen(writer, () =>
        temporaryFiles(directory).some(
          (entry) => (statSync(join(directory, entry), { throwIfNoEntry: false })?.size ?? 0) > 0,
        ),
      );
      if (temporaryFiles(directory).length > 0) leftBehind++;
      expect(expectOneWholeVersion(directory, id, writer.confirmed() ?? 0)).toEqual([]);
    }
    // At least one kill certainly landed while a temporary file was being written.
    expect(leftBehind).toBeGreaterThan(0);
  }, 120_000);

  it('recovers the previous version where electron-store writes in place (Snap packages)', async () => {
    const { directory, id, path } = setUp();
    const fullSize = statSync(path).size;
    for (let round = 0; round < ROUNDS; round++) {
      const writer = startWriter(directory, id, { ...process.env, SNAP: '/snap/callsheet/1' });
      // Killed while the draft file itself is only partly rewritten.
      await killWhen(
        writer,
        () => (statSync(path, { throwIfNoEntry: false })?.size ?? 0) < fullSize - 100,
      );
      const problems = expectOneWholeVersion(directory, id, writer.confirmed() ?? 0);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toMatch(/went back to the version saved just before/);
    }
  }, 120_000);
});
