import { randomUUID } from 'node:crypto';
import {
  createRecordCollection,
  type LoadedRecord,
  type RecordCollectionOptions,
  type RecordProblem,
} from './record-collection';
import { damagedRecord, moveFailed, notInBin, recordNotFound } from './record-errors';
import { BIN_RETENTION_MS, isRecordId, type RestoreOutcome } from './record-folder';

/** How a store of records is opened; tests replace the clock and the ids. */
export interface RecordStoreOptions {
  /** One `<id>.json` per record, plus `bin/` and `corrupt/`. */
  directory: string;
  now?: () => number;
  newId?: () => string;
}

/** What kind of record a store keeps and how it sits in its file. */
export interface RecordKind<R extends { id: string; name: string }, F extends object> extends Omit<
  RecordCollectionOptions<R, F>,
  'directory' | 'now'
> {
  /** Told when the store lets go of a record: moved to the bin, gone, or set aside as damaged. */
  forgotten?(id: string): void;
}

/** A record that has a list entry: lists show the most recently changed first. */
interface Listed {
  id: string;
  updatedAt: number;
}

/**
 * What a store of user-edited records (campaign drafts, call tasks) does the same way for each:
 * files opened, checked and set aside as in RecordCollection, ids checked before any file is
 * touched, and a bin that deleted records stay in for BIN_RETENTION_MS.
 */
export interface RecordStore<R> {
  readonly now: () => number;
  readonly newId: () => string;
  /** Identifies the version of the record's file on disk; undefined when there is none. */
  version(id: string): string | undefined;
  /** Reads and checks the record's file; a missing or damaged one is reported, not thrown. */
  load(id: string): LoadedRecord<R>;
  /** The record read and checked; an AppError when there is no such record or it is damaged. */
  get(id: string): Extract<LoadedRecord<R>, { kind: 'ok' }>;
  /** Replaces the record's file; returns its new version. */
  write(id: string, record: R): string;
  /** Lets go of what is held for a record whose file is gone. */
  forget(id: string): void;
  /** `summaryOf` for each record file present (undefined leaves it out), newest first. */
  list<S extends Listed>(summaryOf: (id: string) => S | undefined): S[];
  moveToBin(id: string): void;
  /** Brings a record back from the bin; an AppError when it is not there. */
  restore(id: string): void;
  /** Files found unreadable since the store was opened, each moved aside. */
  problems(): RecordProblem[];
}

export function createRecordStore<R extends { id: string; name: string }, F extends object>(
  options: RecordStoreOptions,
  kind: RecordKind<R, F>,
): RecordStore<R> {
  const now = options.now ?? Date.now;
  const { noun } = kind;
  const records = createRecordCollection<R, F>({ ...kind, directory: options.directory, now });
  const { folder } = records;
  folder.emptyBinBefore(now() - BIN_RETENTION_MS);

  const forget = (id: string) => {
    records.forget(id);
    kind.forgotten?.(id);
  };

  const load = (id: string): LoadedRecord<R> => {
    const loaded = records.load(id);
    if (loaded.kind !== 'ok') kind.forgotten?.(id);
    return loaded;
  };

  return {
    now,
    newId: options.newId ?? randomUUID,
    version: (id) => records.version(id),
    load,
    get(id) {
      if (!isRecordId(id)) throw recordNotFound(noun);
      const loaded = load(id);
      if (loaded.kind === 'missing') throw recordNotFound(noun);
      if (loaded.kind === 'damaged') throw damagedRecord(noun, loaded.problem.movedTo);
      return loaded;
    },
    write: (id, record) => records.write(id, record),
    forget,
    list<S extends Listed>(summaryOf: (id: string) => S | undefined): S[] {
      const summaries: S[] = [];
      for (const id of folder.ids()) {
        const summary = summaryOf(id);
        if (summary) summaries.push(summary);
      }
      // Ties broken by id, so two lists of the same records are in the same order.
      return summaries.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
    },
    moveToBin(id) {
      try {
        folder.moveToBin(id, now());
      } catch (error) {
        throw moveFailed(error, `move this ${noun.one} to the bin`);
      }
      forget(id);
    },
    restore(id) {
      if (!isRecordId(id)) throw notInBin(noun);
      let outcome: RestoreOutcome;
      try {
        outcome = folder.restoreFromBin(id);
      } catch (error) {
        throw moveFailed(error, `restore this ${noun.one}`);
      }
      if (outcome === 'not_in_bin') throw notInBin(noun);
    },
    problems: () => records.problems(),
  };
}
