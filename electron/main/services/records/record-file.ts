import {
  closeSync,
  copyFileSync,
  fstatSync,
  linkSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import ElectronStore from 'electron-store';
import { incompleteWrite, saveFailed, type RecordNoun } from './record-errors';

/**
 * conf (under electron-store) keeps its own bookkeeping under this key, and before every write it
 * re-reads and re-parses the whole file to carry that key over, unless the new value already has
 * it. Record files never use that bookkeeping, so each write carries an empty one and skips the
 * read.
 */
const CONF_INTERNAL_KEY = '__internal__';

type StoredRecordFile<T extends object> = T & { [CONF_INTERNAL_KEY]?: Record<string, never> };

/** How much of the end of a written file is compared with what was meant to be written. */
const ENDING_LENGTH = 64;

/** What a complete file must look like, noted while serialising (see write). */
interface ExpectedFile {
  /** UTF-8 never takes fewer bytes than the string has UTF-16 code units. */
  minimumSize: number;
  ending: Buffer;
}

function expectedFile(text: string): ExpectedFile {
  let start = Math.max(0, text.length - ENDING_LENGTH);
  // Don't split a surrogate pair: half of one would not encode to the bytes on disk.
  const code = text.charCodeAt(start);
  if (start > 0 && code >= 0xdc00 && code <= 0xdfff) start--;
  return { minimumSize: text.length, ending: Buffer.from(text.slice(start)) };
}

function hasExpectedEnding(path: string, expected: ExpectedFile): boolean {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    const { ending } = expected;
    if (size < expected.minimumSize || size < ending.length) return false;
    const actual = Buffer.alloc(ending.length);
    readSync(fd, actual, 0, ending.length, size - ending.length);
    return actual.equals(ending);
  } finally {
    closeSync(fd);
  }
}

/** One record's `<id>.json` (a draft, a task, a batch's saved results), written through electron-store. */
export interface RecordFile<T extends object> {
  readonly path: string;
  /** Identifies the version of the file now on disk; undefined when there is no file. */
  version(): string | undefined;
  /** The file parsed as JSON, not yet checked against the schema; SyntaxError if it is not JSON. */
  read(): unknown;
  /** Replaces the whole file. On any failure the previous version stays in place. */
  write(data: T): void;
  /**
   * Puts back the version a save left aside (see write) and reports whether there was one. Only
   * useful when the file turned out damaged.
   */
  recoverPreviousVersion(): boolean;
  discardPreviousVersion(): void;
}

/** @param noun what a failed write calls the record ("could not save this task") */
export function openRecordFile<T extends object>(
  directory: string,
  id: string,
  noun: RecordNoun,
): RecordFile<T> {
  const path = join(directory, `${id}.json`);
  const previousPath = `${path}.prev`;
  let store: ElectronStore<StoredRecordFile<T>> | undefined;
  let lastParsed: unknown;
  let lastWritten: ExpectedFile | undefined;

  const openStore = () =>
    new ElectronStore<StoredRecordFile<T>>({
      cwd: directory,
      name: id,
      // Compact, and without the bookkeeping key (see CONF_INTERNAL_KEY): pretty-printing a
      // large draft would cost more than the rest of the save.
      serialize: ({ [CONF_INTERNAL_KEY]: _bookkeeping, ...data }) => {
        const text = JSON.stringify(data);
        lastWritten = expectedFile(text);
        return text;
      },
      deserialize: (text) => {
        lastParsed = JSON.parse(text);
        return lastParsed as StoredRecordFile<T>;
      },
      // A damaged file is moved aside and reported by the store, never replaced by an empty one.
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      // Records hold people's names and phone numbers, and saved calls what they said.
      configFileMode: 0o600,
    });

  const takeLastParsed = () => {
    const parsed = lastParsed;
    // Don't keep a large draft alive between reads.
    lastParsed = undefined;
    return parsed;
  };

  // Keeps the previous version reachable until the new one is known to be complete. A hard link
  // costs nothing, and the atomic write replaces the file rather than changing it. Inside a Snap
  // package conf writes in place instead (it checks process.env.SNAP), which would truncate a
  // linked file too, so there the previous version is copied.
  const keepPreviousVersion = (): boolean => {
    rmSync(previousPath, { force: true });
    try {
      if (process.env['SNAP']) copyFileSync(path, previousPath);
      else linkSync(path, previousPath);
      return true;
    } catch {
      // No previous version yet, or a file system without hard links: rely on the atomic write.
      return false;
    }
  };
  const discardPreviousVersion = () => rmSync(previousPath, { force: true });
  const putPreviousVersionBack = () => {
    renameSync(previousPath, path);
    // Renaming a link onto the same file is a no-op that leaves the link behind.
    discardPreviousVersion();
  };

  return {
    path,
    version() {
      const stats = statSync(path, { throwIfNoEntry: false });
      return stats && `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
    },
    read() {
      if (store !== undefined) {
        void store.store;
        return takeLastParsed();
      }
      // Opening the store already reads and parses the file: use that rather than read it twice.
      lastParsed = undefined;
      store = openStore();
      return takeLastParsed();
    },
    write(data) {
      const keptPrevious = keepPreviousVersion();
      lastWritten = undefined;
      try {
        store ??= openStore();
        // electron-store (conf → atomically) writes a temporary file, fsyncs it and renames it over
        // the old one, so a crash or kill mid-write leaves the previous version in place. (In a
        // Snap it writes in place; the previous version kept above is then what load recovers.)
        store.store = { ...data, [CONF_INTERNAL_KEY]: {} };
      } catch (error) {
        // Normally the file was never touched; in a Snap it may be half rewritten.
        if (keptPrevious) putPreviousVersionBack();
        throw saveFailed(error, noun);
      }
      // atomically does not check how much of the data write() took: on a nearly full disk a
      // short temporary file would be renamed over the good one. A short file lacks the end of
      // the text, so checking the end finds it without counting the bytes of a large draft
      // (which would cost a fifth of the time the save takes to serialise it). A record ends
      // with its bookkeeping (a draft with "updatedAt":…,"revision":…,"launch":…}}), which
      // occurs nowhere else in the file.
      if (lastWritten !== undefined && !hasExpectedEnding(path, lastWritten)) {
        if (keptPrevious) putPreviousVersionBack();
        throw incompleteWrite(noun);
      }
      if (keptPrevious) discardPreviousVersion();
    },
    recoverPreviousVersion() {
      try {
        renameSync(previousPath, path);
        return true;
      } catch {
        return false;
      }
    },
    discardPreviousVersion,
  };
}
