import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RECIPIENTS_PER_PIECE } from '../../../shared/contract';
import type { DraftContent } from '../../../shared/domain/drafts/draft';
import { createDraftSaver } from '../../../renderer/src/features/campaigns/editor/draft-saver';
import { startAppHarness, type AppHarness } from '../support/app-harness';
import { sampleContent, sampleRecipients } from './draft-fixtures';

// The editor's saver against main's real handlers: what reaches main, message by message, and
// what main then keeps.

interface Sent {
  name: string;
  recipients: number;
}

let app: AppHarness;
let sent: Sent[];

beforeEach(async () => {
  app = await startAppHarness();
  sent = [];
  // The page's bridge: each call is recorded the moment it is made, then handled by main.
  const callsheet = new Proxy(
    {},
    {
      get: (_target, name: string) => (input: Record<string, unknown>) => {
        const content = input['content'] as { recipients?: unknown[] } | undefined;
        const recipients = (input['recipients'] as unknown[] | undefined) ?? content?.recipients;
        sent.push({ name, recipients: recipients?.length ?? 0 });
        return app.callRaw(name, input);
      },
    },
  );
  vi.stubGlobal('window', { callsheet });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await app.close();
});

async function newDraft(): Promise<{ id: string; revision: number }> {
  const created = await app.call('createDraft', { name: 'Spring reminders' });
  if (!created.ok) throw new Error(created.error.message);
  return { id: created.value.id, revision: created.value.revision };
}

async function stored(id: string) {
  const loaded = await app.call('getDraft', { id });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

describe('saving a campaign from the editor', () => {
  it('sends a small list in one message', async () => {
    const { id, revision } = await newDraft();
    const content = sampleContent({ recipients: sampleRecipients(RECIPIENTS_PER_PIECE) });
    const saver = createDraftSaver(id, () => content);
    await saver.save(revision);
    expect(sent).toEqual([{ name: 'saveDraft', recipients: RECIPIENTS_PER_PIECE }]);
    expect((await stored(id)).recipients).toEqual(content.recipients);
  });

  it('sends a big list in pieces, and main keeps it whole and in order', async () => {
    const { id, revision } = await newDraft();
    const content = sampleContent({ recipients: sampleRecipients(5_000) });
    const saver = createDraftSaver(id, () => content);
    const saved = await saver.save(revision);
    expect(sent.map((message) => message.name)).toEqual([
      'stageDraftRecipients',
      'stageDraftRecipients',
      'stageDraftRecipients',
      'saveStagedDraft',
    ]);
    expect(Math.max(...sent.map((message) => message.recipients))).toBe(RECIPIENTS_PER_PIECE);
    expect(await stored(id)).toMatchObject({ ...content, revision: saved.revision });
  });

  it('sends everything at once when the page goes away while pieces are on their way', async () => {
    const { id, revision } = await newDraft();
    const first = sampleContent({ recipients: sampleRecipients(5_000) });
    // An edit made after the save started: the page's content by the time it goes away.
    let now: DraftContent = first;
    const saver = createDraftSaver(id, () => now);
    const saving = saver.save(revision);
    now = { ...first, name: 'Edited last', recipients: first.recipients.slice(1) };
    saver.leave();
    // In the same task: nothing after this is sure to run on a page that is closing.
    expect(sent.at(-1)).toEqual({ name: 'saveDraft', recipients: 4_999 });
    const saved = await saving;
    expect(sent.map((message) => message.name)).not.toContain('saveStagedDraft');
    expect(await stored(id)).toMatchObject({ ...now, revision: saved.revision });
    // Later saves go in one message too.
    now = { ...now, name: 'After leaving' };
    await saver.save(saved.revision);
    expect(sent.at(-1)).toEqual({ name: 'saveDraft', recipients: 4_999 });
  });
});
