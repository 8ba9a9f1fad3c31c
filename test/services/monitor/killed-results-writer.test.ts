import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createResultsStore } from '../../../electron/main/services/results/results-store';
import {
  killWhen,
  killWriters,
  startWriter,
  temporaryFiles,
  withoutSnap,
  writingTemporaryFile,
} from '../support/killed-writer';
import { savedResults } from './support/saved-results';

const CALLS = 20_000;
const ROUNDS = 2;
const BATCH_ID = 'btcal_killed';
const writeRepeatedly = fileURLToPath(
  new URL('./support/write-results-repeatedly.ts', import.meta.url),
);

let root: string | undefined;

afterEach(() => {
  killWriters();
  if (root) rmSync(root, { recursive: true, force: true });
});

function setUp(): { directory: string; path: string } {
  root = mkdtempSync(join(tmpdir(), 'callsheet-killed-results-'));
  const directory = join(root, 'results');
  createResultsStore({ directory, report: () => undefined }).write(
    BATCH_ID,
    savedResults(BATCH_ID, 1, CALLS),
  );
  return { directory, path: join(directory, `${BATCH_ID}.json`) };
}

const writeResults = (directory: string, env: NodeJS.ProcessEnv) =>
  startWriter(writeRepeatedly, [directory, BATCH_ID, String(CALLS)], env);

/** What a restarted app finds: the batch's results, whole, from one write or the next. */
function expectOneWholeVersion(directory: string, confirmed: number) {
  const reported: string[] = [];
  const store = createResultsStore({ directory, report: (message) => reported.push(message) });
  const saved = store.read(BATCH_ID);
  expect(temporaryFiles(directory)).toEqual([]);
  expect(saved).not.toBeNull();
  const version = saved?.fetchedAt ?? 0;
  expect([confirmed, confirmed + 1]).toContain(version);
  // Beginning and end of the file come from the same write.
  expect(saved?.batch.name).toBe(`Saved as ${version}`);
  expect(Object.keys(saved?.results ?? {})).toHaveLength(CALLS);
  expect(saved?.results['conv_0']?.summary).toBe(`Booked for Friday (saved as ${version}).`);
  return { problems: store.problems(), reported };
}

describe('a results-cache write killed mid-way', () => {
  it('leaves the saved results as either the previous or the new version', async () => {
    const { directory } = setUp();
    let leftBehind = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const writer = writeResults(directory, withoutSnap);
      await killWhen(writer, () => writingTemporaryFile(directory));
      if (temporaryFiles(directory).length > 0) leftBehind++;
      expect(expectOneWholeVersion(directory, writer.confirmed() ?? 0).problems).toEqual([]);
    }
    // At least one kill certainly landed while a temporary file was being written.
    expect(leftBehind).toBeGreaterThan(0);
  }, 120_000);

  it('goes back to the previous version where the file is written in place (Snap packages)', async () => {
    const { directory, path } = setUp();
    const fullSize = statSync(path).size;
    for (let round = 0; round < ROUNDS; round++) {
      const writer = writeResults(directory, { ...process.env, SNAP: '/snap/callsheet/1' });
      // Killed while the results file itself is only partly rewritten.
      await killWhen(
        writer,
        () => (statSync(path, { throwIfNoEntry: false })?.size ?? 0) < fullSize - 100,
      );
      const { problems, reported } = expectOneWholeVersion(directory, writer.confirmed() ?? 0);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toMatch(/went back to the version saved just before/);
      expect(reported).toEqual([problems[0]?.message]);
    }
  }, 120_000);
});
