import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAllFiles, startAppHarness, type AppHarness } from '../support/app-harness';
import { person, saveDraft } from '../support/campaign-fixtures';

const saveRepeatedly = fileURLToPath(
  new URL('../drafts/support/save-repeatedly.ts', import.meta.url),
);
const INTERRUPTED_WRITE = /\.tmp-/;

let app: AppHarness;

beforeEach(async () => {
  app = await startAppHarness();
});

afterEach(async () => {
  await app.close();
});

/**
 * Kills a process in the middle of saving a draft into the app's data folder, as a crash or a
 * power cut would, and returns the temporary files it left behind. Retries in the rare case the
 * kill lands between two saves.
 */
async function crashDuringDraftSave(draftId: string): Promise<string[]> {
  const directory = join(app.dataDir, 'drafts');
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const writer = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './test/host/register-electron-absent.mjs',
        saveRepeatedly,
        directory,
        draftId,
        '20000',
      ],
      { cwd: process.cwd(), stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => writer.once('exit', resolve));
    const leftovers = () => readdirSync(directory).filter((name) => INTERRUPTED_WRITE.test(name));
    while (writer.exitCode === null && leftovers().length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    writer.kill('SIGKILL');
    await exited;
    if (leftovers().length > 0) return leftovers();
  }
  throw new Error('The draft writer was never caught in the middle of a save.');
}

describe('the API key', () => {
  it('never reaches a file (temporary ones included), a log line, a response or an event', async () => {
    const key = app.live.apiKey;
    const wrongKey = `sk_${randomBytes(24).toString('hex')}`;

    // A key ElevenLabs refuses, then the right one, pasted with spaces around it.
    expect(await app.call('saveApiKey', { apiKey: wrongKey })).toMatchObject({
      ok: false,
      error: { code: 'invalid_api_key' },
    });
    expect(await app.call('saveApiKey', { apiKey: ` ${key}\n` })).toMatchObject({ ok: true });
    await app.call('listAgents', {});
    await app.call('listPhoneNumbers', {});

    // A test call and a launch, which send the key with every request.
    const draft = await saveDraft(app, 'Spring reminders', {
      recipients: [person('a', '600 700 800'), person('b', '601 702 803')],
    });
    const call = await app.call('placeTestCall', { draftId: draft.id, toNumber: '512 345 678' });
    expect(call.ok).toBe(true);
    if (call.ok) await app.call('getConversation', { conversationId: call.value.conversationId });
    expect(
      await app.call('launchCampaign', {
        draftId: draft.id,
        baseRevision: draft.revision,
        excludedIds: [],
        averageCallSeconds: 90,
      }),
    ).toMatchObject({ ok: true });

    // Failures, whose messages and log lines are where a key most often slips out.
    app.live.faults.inject({ kind: 'server_error', count: 3 });
    await app.call('listAgents', {});
    app.live.faults.inject({ kind: 'invalid_api_key' });
    expect(await app.call('listAgents', {})).toMatchObject({ ok: false });

    // Switching workspaces, a restart, diagnostics for support, and letting go of the key.
    await app.call('connectSandbox', {});
    await app.call('connectLiveWorkspace', {});
    await app.restart();
    await app.call('getWorkspaceStatus', {});
    await app.call('copyDiagnostics', {});
    await app.call('getDiagnostics', {});
    await app.call('disconnectWorkspace', {});
    await app.call('removeApiKey', {});

    const followUp = await saveDraft(app, 'Follow-up', {
      recipients: [person('c', '602 703 804')],
    });
    const interrupted = await crashDuringDraftSave(followUp.id);

    const files = readAllFiles(app.dataDir);
    const names = files.map((file) => file.path);
    expect(names.some((path) => path.includes('logs'))).toBe(true);
    expect(names).toEqual(
      expect.arrayContaining(interrupted.map((name) => join(app.dataDir, 'drafts', name))),
    );
    expect(app.events.map((event) => event.name)).toContain('workspaceChanged');

    for (const secret of [key, wrongKey]) {
      const forms = [secret, Buffer.from(secret).toString('base64')];
      for (const form of forms) {
        for (const file of files) expect(file.text, file.path).not.toContain(form);
        for (const message of app.transcript) expect(message).not.toContain(form);
        for (const effect of app.platformCalls) expect(effect).not.toContain(form);
      }
    }
  });
});
