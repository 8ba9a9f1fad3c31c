import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/main/services/drafts/draft-store';
import {
  killWhen,
  killWriters,
  startWriter,
  temporaryFiles,
  withoutSnap,
  writingTemporaryFile,
} from '../support/killed-writer';
import { savedAs } from './draft-fixtures';

const RECIPIENTS = 20_000;
const ROUNDS = 2;
const saveRepeatedly = fileURLToPath(new URL('./support/save-repeatedly.ts', import.meta.url));

let root: string | undefined;

afterEach(() => {
  killWriters();
  if (root) rmSync(root, { recursive: true, force: true });
});

const writeDraft = (directory: string, id: string, env: NodeJS.ProcessEnv) =>
  startWriter(saveRepeatedly, [directory, id, String(RECIPIENTS)], env);

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
      const writer = writeDraft(directory, id, withoutSnap);
      await killWhen(writer, () => writingTemporaryFile(directory));
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
      const writer = writeDraft(directory, id, { ...process.env, SNAP: '/snap/callsheet/1' });
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
