import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { createRecordCollection, type RecordProblem } from '../records/record-collection';
import type { RecordNoun } from '../records/record-errors';

/**
 * ElevenLabs ids name the files. Anything not plainly safe as a file name is hashed; so is an id
 * with capitals, which could name the same file as another on a case-insensitive disk.
 */
function fileNameFor(id: string): string {
  return /^[a-z0-9][a-z0-9_-]{0,99}$/.test(id)
    ? id
    : `id-${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
}

/**
 * What Callsheet saved of something fetched from ElevenLabs, one file each, written like drafts
 * (a kill mid-write leaves the previous version; a damaged file is set aside and reported). A
 * cache: losing a file costs a refetch, so failures are reported rather than thrown.
 */
export interface RecordCache<T> {
  read(id: string): T | null;
  write(id: string, value: T): void;
  /** Files found unreadable since the cache was opened, each moved aside. */
  problems(): RecordProblem[];
}

export interface RecordCacheOptions<T, F extends object> {
  directory: string;
  noun: RecordNoun;
  now: () => number;
  /** Told about files set aside and writes that failed (the diagnostics log). */
  report: (message: string) => void;
  fileSchema: z.ZodType<F>;
  toFile(value: T): F;
  fromFile(file: F): T;
  /** The ElevenLabs id a value is saved under. */
  idOf(value: T): string;
  /** How messages about a damaged file name the value. */
  nameOf(value: T): string;
  /**
   * Keep each file open between uses: worth it for files rewritten often (a running batch), not
   * for thousands written once (calls).
   */
  keepOpen: boolean;
}

interface Entry<T> {
  id: string;
  name: string;
  value: T;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createRecordCache<T, F extends object>(
  options: RecordCacheOptions<T, F>,
): RecordCache<T> {
  const { report } = options;
  const records = createRecordCollection<Entry<T>, F>({
    directory: options.directory,
    noun: options.noun,
    now: options.now,
    fileSchema: options.fileSchema,
    toFile: (entry) => options.toFile(entry.value),
    fromFile: (file) => {
      const value = options.fromFile(file);
      return { id: fileNameFor(options.idOf(value)), name: options.nameOf(value), value };
    },
  });
  let reported = 0;
  const reportProblems = () => {
    const problems = records.problems();
    for (const problem of problems.slice(reported)) report(problem.message);
    reported = problems.length;
  };
  const done = (name: string) => {
    if (!options.keepOpen) records.forget(name);
  };

  return {
    read(id) {
      const name = fileNameFor(id);
      try {
        const loaded = records.load(name);
        return loaded.kind === 'ok' ? loaded.record.value : null;
      } catch (error) {
        report(`Could not read the saved ${options.noun.one} ${name}: ${describe(error)}`);
        return null;
      } finally {
        reportProblems();
        done(name);
      }
    },
    write(id, value) {
      const name = fileNameFor(id);
      try {
        records.write(name, { id: name, name: options.nameOf(value), value });
      } catch (error) {
        // The next write tries the disk again; until then the previous version stays.
        report(`Could not save the ${options.noun.one} ${name}: ${describe(error)}`);
      } finally {
        done(name);
      }
    },
    problems: () => records.problems(),
  };
}
