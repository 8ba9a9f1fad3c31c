import { basename } from 'node:path';
import type { z } from 'zod';
import {
  moveFailed,
  readFailed,
  recoveredMessage,
  setAsideMessage,
  type RecordNoun,
} from './record-errors';
import { openRecordFile, type RecordFile } from './record-file';
import { createRecordFolder, type RecordFolder } from './record-folder';

/** A record file that could not be read, moved aside so nothing overwrites it. */
export interface RecordProblem {
  file: string;
  movedTo: string;
  message: string;
}

export type LoadedRecord<R> =
  | { kind: 'ok'; record: R; version: string }
  | { kind: 'missing' }
  | { kind: 'damaged'; problem: RecordProblem };

/** What every record has: its id names its file, its name is how messages refer to it. */
interface NamedRecord {
  id: string;
  name: string;
}

export interface RecordCollectionOptions<R extends NamedRecord, F extends object> {
  /** One `<id>.json` per record, plus `bin/` and `corrupt/` (see RecordFolder). */
  directory: string;
  noun: RecordNoun;
  now: () => number;
  /**
   * What a file must hold. This is the one full validation a record gets in main: saves are
   * parsed by the IPC layer before they reach the store.
   */
  fileSchema: z.ZodType<F>;
  toFile(record: R): F;
  fromFile(file: F): R;
}

/**
 * Records kept one file each (drafts, tasks, saved results). A file that cannot be read is moved aside and
 * reported, after putting back the version an interrupted save left beside it if there is one,
 * so one damaged file never keeps the others from opening and is never overwritten.
 * Synchronous, as electron-store is; every failure is an AppError with a plain message.
 */
export interface RecordCollection<R> {
  readonly folder: RecordFolder;
  /** Identifies the version of the record's file on disk; undefined when there is none. */
  version(id: string): string | undefined;
  /** Reads and checks the record's file. Ids must already be known to be safe (isRecordId). */
  load(id: string): LoadedRecord<R>;
  /** Replaces the record's file; returns its new version. */
  write(id: string, record: R): string;
  /** Lets go of what is held for a record whose file moved away. */
  forget(id: string): void;
  /** Files found unreadable since the collection was opened, each moved aside. */
  problems(): RecordProblem[];
}

export function createRecordCollection<R extends NamedRecord, F extends object>(
  options: RecordCollectionOptions<R, F>,
): RecordCollection<R> {
  const { noun, now } = options;
  const folder = createRecordFolder(options.directory);
  folder.removeInterruptedWrites();
  const files = new Map<string, RecordFile<F>>();
  const problems: RecordProblem[] = [];

  const fileOf = (id: string): RecordFile<F> => {
    let file = files.get(id);
    if (!file) {
      file = openRecordFile<F>(folder.directory, id, noun);
      files.set(id, file);
    }
    return file;
  };

  const load = (id: string): LoadedRecord<R> => {
    const file = fileOf(id);
    const version = file.version();
    if (version === undefined) {
      files.delete(id);
      return { kind: 'missing' };
    }
    let reason: string;
    try {
      const parsed = options.fileSchema.safeParse(file.read());
      const record = parsed.success ? options.fromFile(parsed.data) : undefined;
      if (record?.id === id) {
        file.discardPreviousVersion();
        return { kind: 'ok', record, version };
      }
      // A file copied or renamed by hand: opening it under either id would mix two records up.
      reason = record
        ? 'it does not match its file name'
        : `its contents are not a ${noun.one} Callsheet can read`;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw readFailed(error, noun);
      reason = 'it is damaged or incomplete';
    }
    if (file.version() === undefined) {
      // Deleted while being read: there is nothing to keep.
      files.delete(id);
      return { kind: 'missing' };
    }
    return setAside(id, file, reason);
  };

  const setAside = (id: string, file: RecordFile<F>, reason: string): LoadedRecord<R> => {
    files.delete(id);
    const name = basename(file.path);
    let movedTo: string;
    try {
      movedTo = folder.moveAside(file.path, now());
    } catch (error) {
      throw moveFailed(error, `set the unreadable ${noun.one} file ${name} aside`);
    }
    const recovered = file.recoverPreviousVersion() ? load(id) : undefined;
    const problem: RecordProblem = {
      file: file.path,
      movedTo,
      message:
        recovered?.kind === 'ok'
          ? recoveredMessage(noun, recovered.record.name, reason, movedTo)
          : setAsideMessage(noun, name, reason, movedTo),
    };
    problems.push(problem);
    return recovered?.kind === 'ok' ? recovered : { kind: 'damaged', problem };
  };

  return {
    folder,
    version: (id) => fileOf(id).version(),
    load,
    write(id, record) {
      const file = fileOf(id);
      file.write(options.toFile(record));
      return file.version() ?? '';
    },
    forget(id) {
      files.delete(id);
    },
    problems: () => [...problems],
  };
}
