import {
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/main/services/drafts/draft-store';
import { BIN_RETENTION_MS } from '../../../electron/main/services/records/record-folder';
import { sampleContent } from './draft-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-03-01T10:00:00Z');

let directory: string;

beforeEach(() => {
  directory = join(mkdtempSync(join(tmpdir(), 'callsheet-drafts-')), 'drafts');
});

afterEach(() => {
  rmSync(join(directory, '..'), { recursive: true, force: true });
});

const storeAt = (time: number) => createDraftStore({ directory, now: () => time });

describe('the drafts folder', () => {
  it('keeps deleted drafts in the bin for 30 days, then purges them on start', () => {
    const store = storeAt(START);
    const recent = store.create('Deleted recently');
    const old = store.create('Deleted long ago');
    store.moveToBin(old.id);
    const laterStore = storeAt(START + 20 * DAY_MS);
    laterStore.moveToBin(recent.id);

    // 29 days after the first deletion: both still restorable.
    storeAt(START + 29 * DAY_MS);
    expect(readdirSync(join(directory, 'bin')).sort()).toEqual(
      [`${old.id}.json`, `${recent.id}.json`].sort(),
    );

    const afterRetention = storeAt(START + BIN_RETENTION_MS + DAY_MS);
    expect(existsSync(join(directory, 'bin', `${old.id}.json`))).toBe(false);
    expect(() => afterRetention.restore(old.id)).toThrow(/can no longer be restored/);
    expect(afterRetention.restore(recent.id).name).toBe('Deleted recently');
  });

  it('removes what a killed save left behind, without touching the drafts', () => {
    const store = storeAt(START);
    const draft = store.create('Survivor');
    const leftover = join(directory, `${draft.id}.json.tmp-1772359200123abcdef`);
    writeFileSync(leftover, '{"format":1,"draft":{"id":"');

    const restarted = storeAt(START);
    expect(existsSync(leftover)).toBe(false);
    expect(restarted.list()).toEqual({
      drafts: [expect.objectContaining({ id: draft.id })],
      problems: [],
    });
  });

  it('goes back to the previous version when a save was interrupted and left a damaged file', () => {
    const store = storeAt(START);
    const draft = store.create('Spring');
    store.save(draft.id, 0, sampleContent({ name: 'Spring, saved' }));
    const path = join(directory, `${draft.id}.json`);
    // What a save leaves mid-way: the previous version linked aside, a damaged file in place.
    linkSync(path, `${path}.prev`);
    rmSync(path);
    writeFileSync(path, '{"format":1,"dra');

    const restarted = storeAt(START);
    const { drafts, problems } = restarted.list();
    expect(drafts).toEqual([expect.objectContaining({ id: draft.id, name: 'Spring, saved' })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/went back to the version saved just before/);
    expect(existsSync(`${path}.prev`)).toBe(false);
    expect(restarted.get(draft.id).revision).toBe(1);
  });

  it('drops a previous version left beside a good file', () => {
    const store = storeAt(START);
    const draft = store.create('Spring');
    const path = join(directory, `${draft.id}.json`);
    linkSync(path, `${path}.prev`);

    expect(storeAt(START).get(draft.id).name).toBe('Spring');
    expect(existsSync(`${path}.prev`)).toBe(false);
  });

  it('ignores files that are not drafts', () => {
    const store = storeAt(START);
    store.create('Real');
    writeFileSync(join(directory, 'notes.txt'), 'hello');
    writeFileSync(join(directory, 'Copy of draft.json'), '{}');

    const { drafts, problems } = storeAt(START).list();
    expect(drafts.map((d) => d.name)).toEqual(['Real']);
    expect(problems).toEqual([]);
    expect(existsSync(join(directory, 'Copy of draft.json'))).toBe(true);
  });

  it('dates a bin entry by when it was deleted, not when it was last edited', () => {
    const store = storeAt(START);
    const draft = store.create('Edited long ago');
    const path = join(directory, `${draft.id}.json`);
    const longAgo = (START - 90 * DAY_MS) / 1000;
    utimesSync(path, longAgo, longAgo);
    store.moveToBin(draft.id);

    expect(storeAt(START + DAY_MS).restore(draft.id).name).toBe('Edited long ago');
  });
});
