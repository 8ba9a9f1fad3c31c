import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import { startAppHarness, type AppHarness } from '../support/app-harness';
import { sampleContent, sampleRecipients, sampleSettings } from './draft-fixtures';

function valueOf<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

function errorOf<T>(envelope: Envelope<T>) {
  if (envelope.ok) throw new Error('expected a failure');
  return envelope.error;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let app: AppHarness;
let draftsDir: string;

beforeEach(async () => {
  app = await startAppHarness();
  draftsDir = join(app.dataDir, 'drafts');
});

afterEach(async () => {
  await app.close();
});

async function createSavedDraft(name: string) {
  const created = valueOf(await app.call('createDraft', { name }));
  const saved = valueOf(
    await app.call('saveDraft', {
      id: created.id,
      baseRevision: created.revision,
      content: sampleContent({ name }),
    }),
  );
  return { id: created.id, revision: saved.revision };
}

describe('campaign drafts through the handlers', () => {
  it('creates a draft with sensible defaults, one file per draft', async () => {
    const draft = valueOf(await app.call('createDraft', {}));
    expect(draft).toMatchObject({
      name: 'Untitled campaign',
      defaultCountry: 'PL',
      schedule: { kind: 'now' },
      recipients: [],
      variables: {},
      agent: null,
      phoneNumber: null,
      revision: 0,
      launch: null,
    });
    expect(existsSync(join(draftsDir, `${draft.id}.json`))).toBe(true);

    const named = valueOf(await app.call('createDraft', { name: '  Spring reminders ' }));
    expect(named.name).toBe('Spring reminders');
  });

  it('lists summaries newest first', async () => {
    const older = await createSavedDraft('Older');
    await sleep(5);
    const newer = await createSavedDraft('Newer');
    await app.call('saveDraft', {
      id: newer.id,
      baseRevision: newer.revision,
      content: sampleContent({ name: 'Newer', agent: null, recipients: sampleRecipients(7) }),
    });

    const { drafts, problems } = valueOf(await app.call('listDrafts', {}));
    expect(problems).toEqual([]);
    expect(drafts.map((d) => d.id)).toEqual([newer.id, older.id]);
    expect(drafts[0]).toMatchObject({
      name: 'Newer',
      recipientCount: 7,
      agentName: null,
      launched: false,
    });
    expect(drafts[1]).toMatchObject({ name: 'Older', recipientCount: 3, agentName: 'Reception' });
  });

  it('autosaves the whole content and reads it back as saved', async () => {
    const draft = valueOf(await app.call('createDraft', {}));
    const content = sampleContent({
      schedule: {
        kind: 'windows',
        timezone: 'Europe/Warsaw',
        callingHours: ['09:00-12:00'],
        allowedWeekdays: [1, 2, 3],
        blackoutDates: ['2026-12-24'],
      },
      spreadsheetColumns: [
        { header: 'Telefon', target: 'phone_number' },
        { header: 'Kod klienta', target: 'variables.customer_code' },
      ],
      recipients: sampleRecipients(250),
    });
    const first = valueOf(await app.call('saveDraft', { id: draft.id, baseRevision: 0, content }));
    expect(first.revision).toBe(1);
    const second = valueOf(
      await app.call('saveDraft', {
        id: draft.id,
        baseRevision: 1,
        content: { ...content, name: 'Renamed in the editor' },
      }),
    );
    expect(second.revision).toBe(2);
    expect(second.updatedAt).toBeGreaterThanOrEqual(first.updatedAt);

    const loaded = valueOf(await app.call('getDraft', { id: draft.id }));
    expect(loaded).toEqual({
      ...content,
      name: 'Renamed in the editor',
      id: draft.id,
      createdAt: draft.createdAt,
      updatedAt: second.updatedAt,
      revision: 2,
      launch: null,
    });
  });

  it('writes compact JSON readable only by the user, without electron-store bookkeeping', async () => {
    const { id } = await createSavedDraft('Compact');
    const path = join(draftsDir, `${id}.json`);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toMatch(/\n|\t/);
    expect(text).not.toContain('__internal__');
    expect(JSON.parse(text)).toMatchObject({ format: 1, draft: { id, name: 'Compact' } });
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('renames, bumping the revision so an editor holding the old name cannot save over it', async () => {
    const { id, revision } = await createSavedDraft('Before');
    const renamed = valueOf(await app.call('renameDraft', { id, name: 'After' }));
    expect(renamed).toMatchObject({ id, name: 'After' });
    expect(valueOf(await app.call('getDraft', { id })).revision).toBe(revision + 1);

    const stale = errorOf(
      await app.call('saveDraft', { id, baseRevision: revision, content: sampleContent() }),
    );
    expect(stale.code).toBe('conflict');

    const invalid = errorOf(await app.call('renameDraft', { id, name: '   ' }));
    expect(invalid.code).toBe('validation');
  });

  it('duplicates under a new id, named with the suffix the UI gives, and no launch record', async () => {
    const { id } = await createSavedDraft('Spring reminders');
    app.services.drafts.markLaunched(id, { launchedAt: 1_700_000_000_000, batchIds: ['b1'] });

    const copy = valueOf(await app.call('duplicateDraft', { id, copySuffix: ' (kopia)' }));
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({ name: 'Spring reminders (kopia)', launched: false });

    const original = valueOf(await app.call('getDraft', { id }));
    const duplicate = valueOf(await app.call('getDraft', { id: copy.id }));
    expect(duplicate.recipients).toEqual(original.recipients);
    expect(duplicate.launch).toBeNull();
    expect(duplicate.revision).toBe(0);
    // The copy is editable even though the original is not.
    expect(
      valueOf(
        await app.call('saveDraft', { id: copy.id, baseRevision: 0, content: sampleContent() }),
      ).revision,
    ).toBe(1);
  });

  it('keeps a duplicated long name within the name limit', async () => {
    const long = 'x'.repeat(120);
    const created = valueOf(await app.call('createDraft', { name: long }));
    const copy = valueOf(
      await app.call('duplicateDraft', { id: created.id, copySuffix: ' (copy)' }),
    );
    expect(copy.name.length).toBeLessThanOrEqual(120);
    expect(copy.name.endsWith(' (copy)')).toBe(true);
  });

  it('moves a deleted draft to the bin and restores it (undo)', async () => {
    const kept = await createSavedDraft('Kept');
    const removed = await createSavedDraft('Removed');

    const deleted = valueOf(await app.call('deleteDraft', { id: removed.id }));
    expect(deleted).toMatchObject({ id: removed.id, name: 'Removed' });
    expect(existsSync(join(draftsDir, `${removed.id}.json`))).toBe(false);
    expect(existsSync(join(draftsDir, 'bin', `${removed.id}.json`))).toBe(true);
    expect(valueOf(await app.call('listDrafts', {})).drafts.map((d) => d.id)).toEqual([kept.id]);
    expect(errorOf(await app.call('getDraft', { id: removed.id })).code).toBe('not_found');

    const restored = valueOf(await app.call('restoreDraft', { id: removed.id }));
    expect(restored).toMatchObject({ id: removed.id, name: 'Removed', recipientCount: 3 });
    // Undo pressed twice finds it back in place.
    expect(valueOf(await app.call('restoreDraft', { id: removed.id })).id).toBe(removed.id);
    const draft = valueOf(await app.call('getDraft', { id: removed.id }));
    expect(draft.revision).toBe(removed.revision);
    expect(
      valueOf(await app.call('listDrafts', {}))
        .drafts.map((d) => d.id)
        .sort(),
    ).toEqual([kept.id, removed.id].sort());
  });

  it('finds every draft, and the bin, after a restart', async () => {
    const a = await createSavedDraft('A');
    const b = await createSavedDraft('B');
    await app.call('deleteDraft', { id: b.id });
    const before = valueOf(await app.call('listDrafts', {}));

    await app.restart();

    expect(valueOf(await app.call('listDrafts', {}))).toEqual(before);
    expect(valueOf(await app.call('getDraft', { id: a.id })).recipients).toHaveLength(3);
    // A save based on the revision seen before the restart still goes through.
    expect(
      valueOf(
        await app.call('saveDraft', {
          id: a.id,
          baseRevision: a.revision,
          content: sampleContent({ name: 'A2' }),
        }),
      ).revision,
    ).toBe(a.revision + 1);
    expect(valueOf(await app.call('restoreDraft', { id: b.id })).name).toBe('B');
  });

  describe('a big draft saved in pieces', () => {
    const recipients = sampleRecipients(5_000);
    const settings = sampleSettings({ name: 'Big list' });

    async function stage(id: string, upload: string, rows: typeof recipients) {
      return valueOf(await app.call('stageDraftRecipients', { id, upload, recipients: rows }));
    }

    const saveStaged = (id: string, baseRevision: number, upload: string) =>
      app.call('saveStagedDraft', { id, baseRevision, upload, content: settings });

    it('reads back whole and in the order the pieces were sent', async () => {
      const { id, revision } = await createSavedDraft('Big');
      expect(await stage(id, 'u1', recipients.slice(0, 2_000))).toEqual({ staged: 2_000 });
      await stage(id, 'u1', recipients.slice(2_000, 4_000));
      expect(await stage(id, 'u1', recipients.slice(4_000))).toEqual({ staged: 5_000 });
      const saved = valueOf(await saveStaged(id, revision, 'u1'));
      expect(saved.revision).toBe(revision + 1);
      const loaded = valueOf(await app.call('getDraft', { id }));
      expect(loaded).toMatchObject({ ...settings, revision: saved.revision });
      expect(loaded.recipients).toEqual(recipients);
    });

    it('drops an unfinished upload when the editor starts a new one', async () => {
      const { id, revision } = await createSavedDraft('Big');
      await stage(id, 'abandoned', recipients.slice(0, 2_000));
      await stage(id, 'u2', recipients.slice(2_000, 3_000));
      valueOf(await saveStaged(id, revision, 'u2'));
      const loaded = valueOf(await app.call('getDraft', { id }));
      expect(loaded.recipients).toEqual(recipients.slice(2_000, 3_000));
      // The abandoned upload can no longer be saved.
      const late = errorOf(await saveStaged(id, loaded.revision, 'abandoned'));
      expect(late.message).toMatch(/did not receive all of this campaign’s recipients/);
    });

    it('saves an upload once: a second save of it, or one based on an old revision, changes nothing', async () => {
      const { id, revision } = await createSavedDraft('Big');
      await stage(id, 'u1', recipients.slice(0, 2_000));
      const stale = errorOf(await saveStaged(id, revision - 1, 'u1'));
      expect(stale.code).toBe('conflict');
      const again = errorOf(await saveStaged(id, revision, 'u1'));
      expect(again.code).toBe('internal');
      const stored = valueOf(await app.call('getDraft', { id }));
      expect(stored).toMatchObject({ name: 'Big', revision });
      expect(stored.recipients).toEqual(sampleContent().recipients);
    });

    it('keeps uploads for four campaigns at a time, dropping the one started first', async () => {
      const drafts = [];
      for (let index = 0; index < 5; index++) drafts.push(await createSavedDraft(`Big ${index}`));
      for (const { id } of drafts) await stage(id, `upload-${id}`, recipients.slice(0, 10));
      const [first, ...rest] = drafts;
      if (!first) throw new Error('no draft');
      const dropped = errorOf(await saveStaged(first.id, first.revision, `upload-${first.id}`));
      expect(dropped.message).toMatch(/did not receive all/);
      for (const { id, revision } of rest) {
        valueOf(await saveStaged(id, revision, `upload-${id}`));
      }
    });

    it('refuses a piece bigger than the contract allows', async () => {
      const { id } = await createSavedDraft('Big');
      const refused = errorOf(
        await app.call('stageDraftRecipients', {
          id,
          upload: 'u1',
          recipients: sampleRecipients(2_001),
        }),
      );
      expect(refused.code).toBe('validation');
    });
  });

  it('refuses a save based on a revision that is not the latest (two windows)', async () => {
    const { id, revision } = await createSavedDraft('Shared');
    const first = valueOf(
      await app.call('saveDraft', {
        id,
        baseRevision: revision,
        content: sampleContent({ name: 'From window one' }),
      }),
    );
    const second = errorOf(
      await app.call('saveDraft', {
        id,
        baseRevision: revision,
        content: sampleContent({ name: 'From window two' }),
      }),
    );
    expect(second.code).toBe('conflict');
    expect(second.message).toMatch(/changed in another window/);
    const stored = valueOf(await app.call('getDraft', { id }));
    expect(stored).toMatchObject({ name: 'From window one', revision: first.revision });
  });

  it('opens a draft saved before it kept its spreadsheet columns, as one without any', async () => {
    const { id } = await createSavedDraft('Older file');
    const path = join(draftsDir, `${id}.json`);
    const data = JSON.parse(readFileSync(path, 'utf8')) as { draft: Record<string, unknown> };
    delete data.draft.spreadsheetColumns;
    writeFileSync(path, JSON.stringify(data));

    await app.restart();

    const loaded = valueOf(await app.call('getDraft', { id }));
    expect(loaded.name).toBe('Older file');
    expect(loaded.spreadsheetColumns).toEqual([]);
    expect(loaded.recipients).toHaveLength(3);
  });

  it('refuses spreadsheet columns that go nowhere a column can go', async () => {
    const { id, revision } = await createSavedDraft('Columns');
    const refused = errorOf(
      await app.call('saveDraft', {
        id,
        baseRevision: revision,
        content: {
          ...sampleContent(),
          spreadsheetColumns: [{ header: 'Telefon', target: 'phone' as 'phone_number' }],
        },
      }),
    );
    expect(refused.code).toBe('validation');
    expect(valueOf(await app.call('getDraft', { id })).revision).toBe(revision);
  });

  it('notices a save made by another process to the same file', async () => {
    const { id, revision } = await createSavedDraft('Shared');
    const path = join(draftsDir, `${id}.json`);
    const data = JSON.parse(readFileSync(path, 'utf8')) as {
      draft: { revision: number; name: string };
    };
    data.draft.revision = revision + 1;
    data.draft.name = 'Changed elsewhere';
    writeFileSync(path, JSON.stringify(data));

    const refused = errorOf(
      await app.call('saveDraft', { id, baseRevision: revision, content: sampleContent() }),
    );
    expect(refused.code).toBe('conflict');
  });

  it('keeps a launched draft read-only', async () => {
    const { id, revision } = await createSavedDraft('Launched');
    const launched = app.services.drafts.markLaunched(id, {
      launchedAt: 1_700_000_000_000,
      batchIds: ['batch_1'],
    });
    expect(launched.revision).toBe(revision + 1);

    const save = errorOf(
      await app.call('saveDraft', {
        id,
        baseRevision: launched.revision,
        content: sampleContent(),
      }),
    );
    expect(save.code).toBe('conflict');
    expect(save.message).toMatch(/already been launched/);
    expect(errorOf(await app.call('renameDraft', { id, name: 'Other' })).code).toBe('conflict');
    expect(() =>
      app.services.drafts.markLaunched(id, { launchedAt: 1, batchIds: ['again'] }),
    ).toThrow(/launched/);

    expect(valueOf(await app.call('getDraft', { id })).launch).toEqual({
      launchedAt: 1_700_000_000_000,
      batchIds: ['batch_1'],
    });
    expect(valueOf(await app.call('listDrafts', {})).drafts[0]).toMatchObject({
      id,
      launched: true,
    });
  });

  it('moves a damaged file aside and reports it while the other drafts still list', async () => {
    const good = await createSavedDraft('Good');
    const truncated = await createSavedDraft('Truncated');
    const wrongShape = await createSavedDraft('Wrong shape');
    const truncatedPath = join(draftsDir, `${truncated.id}.json`);
    const wrongShapePath = join(draftsDir, `${wrongShape.id}.json`);
    const truncatedText = readFileSync(truncatedPath, 'utf8').slice(0, 200);
    writeFileSync(truncatedPath, truncatedText);
    writeFileSync(wrongShapePath, JSON.stringify({ format: 1, draft: { id: wrongShape.id } }));

    await app.restart();
    const { drafts, problems } = valueOf(await app.call('listDrafts', {}));
    expect(drafts.map((d) => d.id)).toEqual([good.id]);
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem.movedTo).toMatch(
        new RegExp(
          `corrupt[\\\\/](${truncated.id}|${wrongShape.id})-\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z\\.json$`,
        ),
      );
      expect(problem.message).toMatch(/could not be opened/);
      expect(problem.message).not.toMatch(/Error|undefined|ENOENT/);
      expect(existsSync(problem.file)).toBe(false);
    }
    const truncatedProblem = problems.find((p) => p.file === truncatedPath);
    // Kept exactly as found, never emptied.
    expect(readFileSync(truncatedProblem?.movedTo ?? '', 'utf8')).toBe(truncatedText);

    // Reported again on the next list (the renderer may ask twice), but not twice over.
    expect(valueOf(await app.call('listDrafts', {})).problems).toEqual(problems);
    expect(errorOf(await app.call('getDraft', { id: truncated.id })).code).toBe('not_found');
  });

  it('explains a draft that turns out damaged when opened', async () => {
    const { id } = await createSavedDraft('Opened');
    writeFileSync(join(draftsDir, `${id}.json`), 'not json at all');
    const error = errorOf(await app.call('getDraft', { id }));
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/damaged/);
    expect(readdirSync(join(draftsDir, 'corrupt'))).toHaveLength(1);
    expect(valueOf(await app.call('listDrafts', {})).problems).toHaveLength(1);
  });

  it('does not touch other draft files when saving one', async () => {
    const a = await createSavedDraft('A');
    const b = await createSavedDraft('B');
    const bPath = join(draftsDir, `${b.id}.json`);
    const before = statSync(bPath);
    const bText = readFileSync(bPath, 'utf8');
    await sleep(20);

    const aPath = join(draftsDir, `${a.id}.json`);
    const aBefore = statSync(aPath);
    await app.call('saveDraft', {
      id: a.id,
      baseRevision: a.revision,
      content: sampleContent({ name: 'A again' }),
    });

    const after = statSync(bPath);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
    expect(readFileSync(bPath, 'utf8')).toBe(bText);
    expect(statSync(aPath).mtimeMs).toBeGreaterThan(aBefore.mtimeMs);
    // Only draft files and the bin/corrupt folders ever live here.
    expect(readdirSync(draftsDir).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
  });

  it('answers ids that are not drafts with "not found", never touching other files', async () => {
    const { id: real } = await createSavedDraft('Real');
    const before = readdirSync(draftsDir).sort();
    for (const id of ['../settings', 'ABC', 'a.b', 'nope']) {
      expect(errorOf(await app.call('getDraft', { id })).code).toBe('not_found');
      expect(
        errorOf(await app.call('saveDraft', { id, baseRevision: 0, content: sampleContent() }))
          .code,
      ).toBe('not_found');
      expect(errorOf(await app.call('deleteDraft', { id })).code).toBe('not_found');
      expect(errorOf(await app.call('restoreDraft', { id })).code).toBe('not_found');
    }
    expect(readdirSync(draftsDir).sort()).toEqual(before);
    expect(valueOf(await app.call('getDraft', { id: real })).name).toBe('Real');
  });
});
